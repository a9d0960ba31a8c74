import NewsGraph

let body = """
    Japanese Economy Minister Toshimitsu Motegi met U.S. Trade Representative Robert Lighthizer \
    in Osaka on Friday to discuss trade, Motegi told reporters.
    """
let article = Article(id: "osaka-talks", title: "Japan, U.S. hold trade talks", date: "2019-06-28", body: body, source: SourceLocation(path: "inline"))
var builder = GraphBuilder()
builder.add(Pipeline(tagger: try DefaultTagger.make()).analyze(article))
print(JSONLDWriter().write(builder.build()))
