package org.bricshub.app;

import java.util.List;
import org.bricshub.i18n.Language;
import org.bricshub.platform.access.Administration;
import org.bricshub.platform.access.Authenticator;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.access.Role;
import org.bricshub.platform.org.NewOrganisation;
import org.bricshub.platform.org.OrganisationKind;
import org.bricshub.transfer.DealType;
import org.bricshub.transfer.ListingInput;
import org.bricshub.transfer.ListingText;
import org.bricshub.transfer.ListingType;
import org.bricshub.transfer.SearchQuery;
import org.bricshub.transfer.TechnologyField;
import org.bricshub.transfer.TechnologyTransfer;

/**
 * A small hand-written Technology Transfer demo set: offers and demands in several languages that match across
 * them. Loaded by {@code bricshub demo} into a marketplace that has no published listing yet.
 */
final class TransferDemo {
    private record Item(ListingType type, Language language, TechnologyField field, String ipc, int trl,
                        String country, String title, String summary) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item(ListingType.OFFER, Language.ZH, TechnologyField.AGRICULTURE, "A01G 25/02", 7, "CN",
                    "温室滴灌与土壤传感器系统", "一种节水滴灌系统，利用传感器监测土壤湿度，适用于温室和小农户。"),
            new Item(ListingType.DEMAND, Language.PT, TechnologyField.AGRICULTURE, "A01G 25/02", 6, "BR",
                    "Irrigação por gotejamento para pequenos produtores",
                    "Procuramos irrigação por gotejamento de baixo custo, com sensor de umidade do solo, para estufa."),
            new Item(ListingType.OFFER, Language.RU, TechnologyField.AGRICULTURE, "A01G 25/16", 8, "RU",
                    "Капельное орошение с датчиками влажности почвы",
                    "Система капельного орошения для теплиц: датчики почвы и автоматическое управление поливом."),
            new Item(ListingType.OFFER, Language.EN, TechnologyField.ENERGY, "H01L 31/04", 5, "IN",
                    "Low-cost perovskite solar cell", "A printable solar cell with 22% efficiency for rural lighting."),
            new Item(ListingType.DEMAND, Language.SW, TechnologyField.ENERGY, "H02S", 7, "KE",
                    "Seli ya jua kwa vijiji", "Tunahitaji seli ya jua na betri ya lithiamu kwa umeme wa vijijini."),
            new Item(ListingType.OFFER, Language.ZH, TechnologyField.ENERGY, "H01M 10/0525", 8, "CN",
                    "锂电池储能系统", "用于太阳能电池和微电网的锂电池储能系统，循环寿命超过六千次。"),
            new Item(ListingType.OFFER, Language.AR, TechnologyField.WATER, "C02F 1/44", 6, "EG",
                    "تحلية المياه بالطاقة الشمسية", "نظام تحلية المياه بالترشيح الغشائي يعمل بالطاقة الشمسية للقرى."),
            new Item(ListingType.DEMAND, Language.HI, TechnologyField.WATER, "C02F", 7, "IN",
                    "पेयजल के लिए जल शोधन तकनीक", "गाँवों में पेयजल के लिए कम लागत वाली जल शोधन और विलवणीकरण तकनीक चाहिए।"),
            new Item(ListingType.RND, Language.ES, TechnologyField.MEDICINE, "A61K 39/00", 3, "CU",
                    "Cooperación en I+D: vacuna contra la malaria",
                    "Buscamos socios para desarrollar una vacuna contra la malaria y su diagnóstico."));

    private TransferDemo() {
    }

    /** Loads the demo set unless listings are already published; returns how many it published. */
    static int load(TechnologyTransfer transfer, Administration admin, Authenticator keys, String operatorSecret) {
        if (transfer.search(SearchQuery.of("", Language.EN)).total() > 0) {
            return 0;
        }
        Principal operator = keys.authenticate("Bearer " + operatorSecret);
        Principal institute = member(admin, keys, operator, "Demo Research Institute", OrganisationKind.RESEARCH_INSTITUTION);
        Principal company = member(admin, keys, operator, "Demo Company", OrganisationKind.BRAND_OWNER);
        for (Item i : ITEMS) {
            ListingInput input = new ListingInput(i.type(), i.language(), i.trl(), i.field(), List.of(i.ipc()),
                    List.of(DealType.LICENCE, DealType.JOINT_DEVELOPMENT), List.of(), "", "", i.country(),
                    i.type() == ListingType.OFFER ? "Demo Research Institute" : "Demo Company",
                    new ListingText(i.title(), i.summary(), "", "", "", "", List.of()));
            long id = transfer.create(i.type() == ListingType.OFFER ? institute : company, input, false).id();
            transfer.approve(operator, id);
        }
        return ITEMS.size();
    }

    private static Principal member(Administration admin, Authenticator keys, Principal operator, String name,
                                    OrganisationKind kind) {
        long org = admin.createOrganisation(operator, new NewOrganisation(name, "CN", kind, List.of())).id();
        return keys.authenticate("Bearer " + admin.issueKey(operator, org, Role.OWNER, null).secret());
    }
}
