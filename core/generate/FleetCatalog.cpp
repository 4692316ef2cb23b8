#include "FleetCatalog.h"

namespace rullering::FleetCatalog {

const QList<MunicipalityInfo>& municipalities()
{
    static const QList<MunicipalityInfo> list = {
        {"Molde",
         "MOL",
         34,
         {"Kviltorp", "Bekkevoll", "Sellanrå", "Kleive", "Hjelset", "Årø", "Skåla", "Langmyra", "Nordbyen", "Bolsøya",
          "Kvam", "Eikrem"}},
        {"Aukra", "AUK", 5, {"Aukra", "Gossen", "Julsundet", "Røssøya"}},
        {"Rauma", "RAU", 10, {"Åndalsnes", "Isfjorden", "Innfjorden", "Måndalen", "Veblungsnes", "Øran"}},
        {"Vestnes", "VES", 9, {"Helland", "Tomrefjord", "Fiksdal", "Vikebukt", "Tresfjord"}},
        {"Hustadvika", "HUS", 18, {"Elnesvågen", "Eide", "Bud", "Hustad", "Malmefjorden", "Tornes", "Lyngstad"}},
        {"Kristiansund", "KSU", 30, {"Innlandet", "Kirkelandet", "Nordlandet", "Gomalandet", "Frei", "Rensvik"}},
        {"Smøla", "SMO", 3, {"Hopen", "Edøy", "Brattvær"}},
        {"Rindal", "RIN", 3, {"Rindal", "Høgkjølen", "Bolme"}},
        {"Aure", "AUR", 4, {"Aure", "Tustna", "Tjeldbergodden"}},
        {"Tingvoll", "TIN", 4, {"Tingvoll", "Straumsnes", "Torjulvågen"}},
        {"Sunndal", "SUN", 9, {"Sunndalsøra", "Hoelsand", "Øksendal", "Ålvundeid"}},
        {"Surnadal", "SUR", 8, {"Skei", "Todalen", "Stangvik", "Åsskard"}},
        {"Averøy", "AVE", 7, {"Bruhagen", "Kårvåg", "Langøy"}},
        {"Gjemnes", "GJE", 3, {"Batnfjordsøra", "Torvikbukt", "Angvik"}},
        {"Ålesund", "ALE", 60, {"Hessa", "Spjelkavik", "Hatlane", "Åse", "Brosundet", "Vestmarka", "Moa", "Blindheim"}},
        {"Ørsta", "ORS", 10, {"Ørsta", "Hovdebygda", "Bjørke", "Barstadvik"}},
        {"Volda", "VOL", 10, {"Volda", "Dalsfjord", "Austefjord"}},
        {"Ulstein", "ULS", 8, {"Ulsteinvik", "Hasundgot", "Flø"}},
        {"Herøy", "HER", 8, {"Fosnavåg", "Bølandet", "Leikong"}},
        {"Sula", "SUL", 9, {"Langevåg", "Fiskarstrand", "Mauseidvåg"}},
        {"Giske", "GIS", 8, {"Valderøy", "Vigra", "Godøy"}},
        {"Stranda", "STR", 5, {"Stranda", "Geiranger", "Liabygda"}},
        {"Sykkylven", "SYK", 7, {"Aure", "Ikornnes", "Straumgjerde"}},
        {"Fjord", "FJO", 4, {"Sylte", "Eidsdal", "Valldal"}},
        {"Hareid", "HAR", 5, {"Hareid", "Brandal", "Bigset"}},
        {"Vanylven", "VAN", 3, {"Fiskå", "Syvde", "Åheim"}},
        {"Sande", "SAN", 3, {"Larsnes", "Gursken", "Sandsøy"}},
    };
    return list;
}

const QList<const char*>& locationKinds()
{
    static const QList<const char*> list = {
        "%1 skole",    "%1 barneskole",    "%1 ungdomsskole", "%1 barnehage",
        "%1 sykehjem", "%1 omsorgssenter", "%1 helsestasjon", "%1 bo- og servicesenter"};
    return list;
}

const QList<const char*>& centralLocations()
{
    static const QList<const char*> list = {"Rådhuset",    "Helsehuset",     "Legevakta",     "Kulturhuset",
                                            "Biblioteket", "Brannstasjonen", "Teknisk drift", "NAV-kontoret"};
    return list;
}

const QList<const char*>& departments()
{
    static const QList<const char*> list = {"Sentraladministrasjonen",
                                            "Oppvekst",
                                            "Skole",
                                            "Barnehage",
                                            "Helse og omsorg",
                                            "Hjemmetjenesten",
                                            "Barnevern",
                                            "Kultur",
                                            "Teknisk",
                                            "Plan og byggesak",
                                            "Økonomi",
                                            "Personal og organisasjon",
                                            "NAV",
                                            "Eiendom",
                                            "IKT"};
    return list;
}

const QList<const char*>& firstNames()
{
    static const QList<const char*> list = {
        "Åse",    "Bjørn",   "Kåre",  "Ørjan", "Sølvi",   "Pål",      "Mari",    "Ingrid",  "Ole",      "Kari",
        "Jørgen", "Tor",     "Siri",  "Håkon", "Solveig", "Torbjørn", "Marit",   "Øystein", "Ragnhild", "Nils",
        "Anne",   "Per",     "Liv",   "Hans",  "Berit",   "Knut",     "Randi",   "Arne",    "Gunn",     "Jan",
        "Tone",   "Geir",    "Hilde", "Terje", "Åshild",  "Bjørg",    "Frøydis", "Sindre",  "Even",     "Ida",
        "Nora",   "Emma",    "Jonas", "Sofie", "Aksel",   "Maja",     "Ahmed",   "Fatima",  "Olav",     "Dagny",
        "Eirik",  "Synnøve", "Trond", "Mona",  "Rune",    "Gøril",    "Stein",   "Åsmund",  "Inger",    "Lars"};
    return list;
}

const QList<const char*>& lastNames()
{
    static const QList<const char*> list = {
        "Hansen",      "Johansen",   "Olsen",        "Larsen",    "Andersen",  "Pedersen",  "Nilsen",    "Kristiansen",
        "Jensen",      "Karlsen",    "Johnsen",      "Pettersen", "Eriksen",   "Berg",      "Haugen",    "Hagen",
        "Johannessen", "Andreassen", "Jacobsen",     "Dahl",      "Jørgensen", "Halvorsen", "Henriksen", "Lund",
        "Sørensen",    "Moen",       "Gundersen",    "Iversen",   "Strand",    "Solberg",   "Eide",      "Knutsen",
        "Martinsen",   "Bakken",     "Lie",          "Amundsen",  "Nguyen",    "Rasmussen", "Lunde",     "Solheim",
        "Berge",       "Moe",        "Nygård",       "Bakke",     "Holm",      "Lien",      "Hauge",     "Sæther",
        "Aas",         "Myhre",      "Haugland",     "Sandvik",   "Strøm",     "Vik",       "Ødegård",   "Røed",
        "Løken",       "Tveit",      "Rønning",      "Ølstad",    "Bjørnstad", "Grønlund",  "Aarø",      "Hjelseth",
        "Skåre",       "Måløy",      "Fiskerstrand", "Bøe"};
    return list;
}

const QList<ModelInfo>& models()
{
    using T = DeviceType;
    static const QList<ModelInfo> list = {
        // Laptops
        {T::Laptop, "LENOVO", "ThinkPad T440", 2014},
        {T::Laptop, "HP", "HP EliteBook 840 G1", 2014},
        {T::Laptop, "LENOVO", "ThinkPad T450", 2015},
        {T::Laptop, "HP", "HP EliteBook 840 G2", 2015},
        {T::Laptop, "Dell Inc.", "Latitude E5450", 2015},
        {T::Laptop, "LENOVO", "ThinkPad T460", 2016},
        {T::Laptop, "HP", "HP EliteBook 840 G3", 2016},
        {T::Laptop, "Dell Inc.", "Latitude 5480", 2017},
        {T::Laptop, "LENOVO", "ThinkPad T470", 2017},
        {T::Laptop, "HP", "HP EliteBook 840 G4", 2017},
        {T::Laptop, "LENOVO", "ThinkPad T480", 2018},
        {T::Laptop, "HP", "HP EliteBook 840 G5", 2018},
        {T::Laptop, "Dell Inc.", "Latitude 5490", 2018},
        {T::Laptop, "LENOVO", "ThinkPad T490", 2019},
        {T::Laptop, "HP", "HP EliteBook 840 G6", 2019},
        {T::Laptop, "Dell Inc.", "Latitude 5400", 2019},
        {T::Laptop, "LENOVO", "ThinkPad T14 Gen 1", 2020},
        {T::Laptop, "HP", "HP EliteBook 840 G7", 2020},
        {T::Laptop, "LENOVO", "ThinkPad T14 Gen 2", 2021},
        {T::Laptop, "HP", "HP EliteBook 840 G8", 2021},
        {T::Laptop, "Microsoft Corporation", "Surface Laptop 4", 2021},
        {T::Laptop, "LENOVO", "ThinkPad T14 Gen 3", 2022},
        {T::Laptop, "HP", "HP EliteBook 840 G9", 2022},
        {T::Laptop, "LENOVO", "ThinkPad T14 Gen 4", 2023},
        {T::Laptop, "HP", "HP EliteBook 840 G10", 2023},
        {T::Laptop, "LENOVO", "ThinkPad T14 Gen 5", 2024},
        {T::Laptop, "HP", "HP EliteBook 840 G11", 2024},
        {T::Laptop, "LENOVO", "ThinkPad T14 Gen 6", 2025},
        {T::Laptop, "HP", "HP EliteBook 8 G1i", 2025},
        {T::Laptop, "LENOVO", "ThinkPad T14 Gen 7", 2026},
        // Desktops
        {T::Desktop, "LENOVO", "ThinkCentre M73", 2014},
        {T::Desktop, "HP", "HP EliteDesk 800 G1", 2014},
        {T::Desktop, "LENOVO", "ThinkCentre M700", 2015},
        {T::Desktop, "HP", "HP ProDesk 600 G2", 2016},
        {T::Desktop, "LENOVO", "ThinkCentre M710q", 2017},
        {T::Desktop, "HP", "HP ProDesk 600 G3", 2017},
        {T::Desktop, "LENOVO", "ThinkCentre M720q", 2018},
        {T::Desktop, "HP", "HP ProDesk 600 G4", 2018},
        {T::Desktop, "LENOVO", "ThinkCentre M920q", 2019},
        {T::Desktop, "HP", "HP ProDesk 600 G5", 2019},
        {T::Desktop, "LENOVO", "ThinkCentre M70q", 2020},
        {T::Desktop, "LENOVO", "ThinkCentre M70q Gen 2", 2021},
        {T::Desktop, "HP", "HP ProDesk 400 G7", 2021},
        {T::Desktop, "LENOVO", "ThinkCentre M70q Gen 3", 2022},
        {T::Desktop, "LENOVO", "ThinkCentre M70q Gen 4", 2023},
        {T::Desktop, "HP", "HP Elite Mini 600 G9", 2023},
        {T::Desktop, "LENOVO", "ThinkCentre M70q Gen 5", 2024},
        {T::Desktop, "HP", "HP Elite Mini 800 G9", 2025},
        {T::Desktop, "LENOVO", "ThinkCentre neo 50q Gen 5", 2026},
        // Tablets
        {T::Tablet, "Apple", "iPad Air 2", 2014},
        {T::Tablet, "Apple", "iPad (5th generation)", 2017},
        {T::Tablet, "Samsung", "Galaxy Tab A 10.1", 2016},
        {T::Tablet, "Apple", "iPad (6th generation)", 2018},
        {T::Tablet, "Apple", "iPad (7th generation)", 2019},
        {T::Tablet, "Samsung", "Galaxy Tab A 10.1 (2019)", 2019},
        {T::Tablet, "Apple", "iPad (8th generation)", 2020},
        {T::Tablet, "Apple", "iPad (9th generation)", 2021},
        {T::Tablet, "Samsung", "Galaxy Tab A8", 2022},
        {T::Tablet, "Apple", "iPad (10th generation)", 2022},
        {T::Tablet, "Apple", "iPad Air (M2)", 2024},
        {T::Tablet, "Samsung", "Galaxy Tab A9+", 2023},
        {T::Tablet, "Apple", "iPad (A16)", 2025},
        {T::Tablet, "Apple", "iPad (A16)", 2026},
        {T::Tablet, "Apple", "iPad Air 2", 2015},
        {T::Tablet, "Apple", "iPad Air (M2)", 2024},
        // Printers
        {T::Printer, "HP", "LaserJet Pro M402dn", 2014},
        {T::Printer, "HP", "LaserJet Pro M404dn", 2019},
        {T::Printer, "Canon", "imageRUNNER ADVANCE C5535i", 2016},
        {T::Printer, "Ricoh", "IM C3000", 2019},
        {T::Printer, "Ricoh", "MP C3004", 2015},
        {T::Printer, "Canon", "imageRUNNER ADVANCE DX C3826i", 2021},
        {T::Printer, "HP", "Color LaserJet Pro M479fdw", 2020},
        {T::Printer, "Kyocera", "ECOSYS P3145dn", 2018},
        {T::Printer, "Ricoh", "IM C3010", 2023},
        {T::Printer, "HP", "LaserJet Pro 4002dn", 2022},
        {T::Printer, "Kyocera", "ECOSYS PA4500x", 2024},
        {T::Printer, "Canon", "i-SENSYS X 1238i", 2017},
        {T::Printer, "HP", "LaserJet Enterprise M406dn", 2025},
        // Phones
        {T::Phone, "Apple", "iPhone 7", 2016},
        {T::Phone, "Samsung", "Galaxy XCover 4", 2017},
        {T::Phone, "Apple", "iPhone 8", 2017},
        {T::Phone, "Apple", "iPhone XR", 2018},
        {T::Phone, "Apple", "iPhone 11", 2019},
        {T::Phone, "Samsung", "Galaxy XCover Pro", 2020},
        {T::Phone, "Apple", "iPhone SE (2nd generation)", 2020},
        {T::Phone, "Apple", "iPhone 12", 2020},
        {T::Phone, "Samsung", "Galaxy A52", 2021},
        {T::Phone, "Apple", "iPhone 13", 2021},
        {T::Phone, "Samsung", "Galaxy XCover6 Pro", 2022},
        {T::Phone, "Apple", "iPhone 14", 2022},
        {T::Phone, "Apple", "iPhone 15", 2023},
        {T::Phone, "Samsung", "Galaxy A55", 2024},
        {T::Phone, "Apple", "iPhone 16", 2024},
        {T::Phone, "Apple", "iPhone 16e", 2025},
        // Servers
        {T::Server, "Dell Inc.", "PowerEdge R730", 2015},
        {T::Server, "HPE", "ProLiant DL380 Gen10", 2018},
        {T::Server, "Dell Inc.", "PowerEdge R740", 2019},
        {T::Server, "Dell Inc.", "PowerEdge R750", 2021},
        {T::Server, "HPE", "ProLiant DL380 Gen11", 2023},
        // Other
        {T::Other, "Microsoft Corporation", "Surface Hub 2S", 2019},
        {T::Other, "Zebra", "TC52 handheld", 2020},
        {T::Other, "Logitech", "Rally Bar", 2022},
        {T::Other, "Intel", "NUC 11 Pro", 2021},
        {T::Other, "Zebra", "TC53 handheld", 2024},
    };
    return list;
}

} // namespace rullering::FleetCatalog
