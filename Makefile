# NewsGraph — the two commands a user needs are `make demo` and `make test`.
SWIFT ?= swift
SHARED ?= ../shared
RELEASE_BIN = .build/release/newsgraph

.PHONY: deps build release demo test bench model clean

deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product newsgraph

# Builds the graph of the project's own example articles into Output/.
demo: release
	$(RELEASE_BIN) build Examples -o Output --formats jsonld,dot,svg,png,nt --quiet
	$(RELEASE_BIN) render Output/graph.jsonld -o Output/meetings.svg --quiet
	$(RELEASE_BIN) render Output/graph.jsonld -o Output/meetings.png --quiet
	$(RELEASE_BIN) render Output/graph.jsonld -o Output/focus-japan.svg --focus Japan --depth 2 --quiet
	$(RELEASE_BIN) render Output/graph.jsonld -o Output/focus-japan.png --focus Japan --depth 2 --quiet
	@echo "Output/ regenerated: graph.jsonld graph.dot graph.svg graph.png graph.nt meetings.svg/png focus-japan.svg/png"

test: deps
	$(SWIFT) build -c release --product newsgraph
	$(SWIFT) test

bench: release
	bash scripts/bench.sh $(SHARED)
	SKIP_BUILD=1 bash scripts/bench-parser.sh $(SHARED)

model: release
	bash scripts/train-model.sh $(SHARED)
	SKIP_BUILD=1 bash scripts/train-parser.sh $(SHARED)

clean:
	rm -rf .build
