package org.bricshub.app;

import java.util.List;
import java.util.Map;
import org.bricshub.platform.org.OrganisationKind;

/**
 * The cast of the Anxi oolong demo: every organisation with its GS1 company prefix and its places, with real
 * coordinates. The prefixes are made up (699 is a Chinese GS1 range, 789 Brazilian, 600 South African); the event
 * documents under {@code demo/anxi-oolong/} use them.
 */
final class AnxiOolongParties {
    /** A place of a party: its GLN (prefix + reference + check digit), names by language tag, country, WGS 84. */
    record Place(String gln, Map<String, String> names, String country, String city, double lat, double lon) {
    }

    /** An organisation of the chain; {@code key} names it in {@link AnxiOolongDemo}'s step list. */
    record Party(String key, String name, String country, OrganisationKind kind, String prefix, List<Place> places) {
    }

    static final String PRODUCER = "producer";

    static final List<Party> ALL = List.of(
            new Party(PRODUCER, "Anxi Tieguanyin Tea Garden Co. 安溪铁观音茶园", "CN", OrganisationKind.BRAND_OWNER, "6999991",
                    List.of(new Place("6999991000011", Map.of("zh", "西坪镇铁观音茶园", "en", "Xiping Tieguanyin tea garden",
                            "pt", "Jardim de chá Tieguanyin de Xiping"), "CN", "安溪 Anxi", 25.1380, 117.9830))),
            new Party("plant", "Anxi Oolong Processing Plant 安溪乌龙茶加工厂", "CN", OrganisationKind.BRAND_OWNER, "6999992",
                    List.of(new Place("6999992000010", Map.of("zh", "安溪乌龙茶加工厂", "en", "Anxi oolong processing plant"),
                            "CN", "安溪 Anxi", 25.0556, 118.1862))),
            new Party("lab", "Fujian Tea Quality Testing Centre 福建茶叶质量检测中心", "CN", OrganisationKind.CERTIFIER, "6999993",
                    List.of(new Place("6999993000019", Map.of("zh", "福建茶叶质量检测中心实验室", "en",
                            "Fujian tea quality testing laboratory"), "CN", "福州 Fuzhou", 26.0745, 119.2965))),
            new Party("exporter", "Xiamen Silk Road Export Co. 厦门丝路进出口", "CN", OrganisationKind.LOGISTICS, "6999994",
                    List.of(new Place("6999994000018", Map.of("zh", "厦门海沧出口仓库", "en", "Haicang export warehouse, Xiamen"),
                            "CN", "厦门 Xiamen", 24.4846, 118.0366))),
            new Party("customs", "Xiamen Customs 厦门海关", "CN", OrganisationKind.CUSTOMS, "6999995",
                    List.of(new Place("6999995000017", Map.of("zh", "厦门海天港区海关查验场", "en",
                            "Xiamen Customs inspection area, Haitian port"), "CN", "厦门 Xiamen", 24.5030, 118.0700))),
            new Party("air", "BRICS Air Cargo", "CN", OrganisationKind.LOGISTICS, "6999996", List.of(
                    new Place("6999996000016", Map.of("zh", "厦门高崎国际机场货运站", "en", "Xiamen Gaoqi airport cargo terminal (XMN)"),
                            "CN", "厦门 Xiamen", 24.5440, 118.1277),
                    new Place("6999996000023", Map.of("pt", "Terminal de cargas do Aeroporto de Guarulhos (GRU)", "en",
                            "São Paulo Guarulhos airport cargo terminal (GRU)"), "BR", "Guarulhos", -23.4356, -46.4731))),
            new Party("sea", "Indian Ocean Container Line", "ZA", OrganisationKind.LOGISTICS, "6009991", List.of(
                    new Place("6009991000017", Map.of("zh", "厦门嵩屿集装箱码头", "en", "Songyu container terminal, Xiamen port"),
                            "CN", "厦门 Xiamen", 24.4470, 118.0380),
                    new Place("6009991000024", Map.of("en", "Durban container terminal", "pt", "Terminal de contêineres de Durban"), "ZA", "Durban",
                            -29.8720, 31.0220))),
            new Party("importerBR", "Chá do Oriente Importadora Ltda.", "BR", OrganisationKind.BRAND_OWNER, "7899991",
                    List.of(new Place("7899991000013", Map.of("pt", "Armazém Chá do Oriente, Guarulhos", "en",
                            "Chá do Oriente warehouse, Guarulhos"), "BR", "Guarulhos", -23.4630, -46.5330))),
            new Party("importerZA", "Ubuntu Tea Imports (Pty) Ltd", "ZA", OrganisationKind.BRAND_OWNER, "6009992",
                    List.of(new Place("6009992000016", Map.of("en", "Ubuntu Tea warehouse, City Deep, Johannesburg"),
                            "ZA", "Johannesburg", -26.2260, 28.0710))),
            new Party("retailBR", "Empório Paulista de Chás", "BR", OrganisationKind.BRAND_OWNER, "7899992",
                    List.of(new Place("7899992000012", Map.of("pt", "Empório Paulista de Chás, Avenida Paulista", "en",
                            "Empório Paulista tea shop, Avenida Paulista"), "BR", "São Paulo", -23.5614, -46.6559))),
            new Party("retailZA", "Rosebank Tea Merchants", "ZA", OrganisationKind.BRAND_OWNER, "6009993",
                    List.of(new Place("6009993000015", Map.of("en", "Rosebank Tea Merchants, Rosebank", "sw",
                            "Duka la chai la Rosebank"), "ZA", "Johannesburg", -26.1458, 28.0417))));

    private AnxiOolongParties() {
    }
}
