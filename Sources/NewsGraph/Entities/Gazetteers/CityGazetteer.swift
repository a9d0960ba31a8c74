/// Large cities and capitals often named in news, used to type a location as a city.
public enum CityGazetteer {
    static let cities: Set<String> = [
        "Tokyo", "Osaka", "Kyoto", "Beijing", "Shanghai", "Hong Kong", "Seoul", "Taipei", "Singapore", "Bangkok",
        "Jakarta", "Manila", "Hanoi", "Kuala Lumpur", "New Delhi", "Delhi", "Mumbai", "Bombay", "Calcutta", "Karachi",
        "Islamabad", "Kabul", "Tehran", "Baghdad", "Damascus", "Beirut", "Jerusalem", "Tel Aviv", "Amman", "Riyadh",
        "Cairo", "Dubai", "Abu Dhabi", "Doha", "Kuwait City", "Ankara", "Istanbul", "Moscow", "Kiev", "Kyiv", "Minsk",
        "Warsaw", "Prague", "Budapest", "Vienna", "Berlin", "Bonn", "Frankfurt", "Munich", "Hamburg", "Paris",
        "London", "Brussels", "Amsterdam", "The Hague", "Luxembourg", "Geneva", "Zurich", "Bern", "Rome", "Milan",
        "Madrid", "Barcelona", "Lisbon", "Athens", "Stockholm", "Oslo", "Copenhagen", "Helsinki", "Dublin",
        "Edinburgh", "Washington", "New York", "Chicago", "Los Angeles", "San Francisco", "Houston", "Boston",
        "Detroit", "Toronto", "Ottawa", "Montreal", "Vancouver", "Mexico City", "Havana", "Bogota", "Caracas",
        "Lima", "Santiago", "Buenos Aires", "Sao Paulo", "Rio de Janeiro", "Brasilia", "Johannesburg", "Pretoria",
        "Cape Town", "Lagos", "Nairobi", "Addis Ababa", "Sydney", "Melbourne", "Canberra", "Wellington", "Auckland",
        "Dallas", "Atlanta", "Miami", "Philadelphia", "Seattle", "Denver", "Pittsburgh", "Manchester", "Liverpool",
        "Bucharest", "Sofia", "Belgrade", "Zagreb", "Vilnius", "Riga", "Tallinn", "Baku", "Tbilisi", "Yerevan",
        "Tashkent", "Almaty", "Dhaka", "Colombo", "Kathmandu", "Rangoon", "Yangon", "Phnom Penh", "Pyongyang",
        "Nagoya", "Yokohama", "Kobe", "Guangzhou", "Shenzhen", "Davos", "Strasbourg", "Lyon", "Marseille",
    ]

    public static func contains(_ name: String) -> Bool { cities.contains(name) }
}
