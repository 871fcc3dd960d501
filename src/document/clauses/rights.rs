//! Copyright on creative deliverables, and confidentiality.

use super::{close_list, format, item, Block, Ctx, Inline, Section, P};
use crate::model::*;

pub fn rights(x: &Ctx) -> Vec<Block> {
    let r = &x.a.rights;
    let free = x.a.is_free();
    // Free work: there is no price to wait for, so rights pass on delivery.
    let on_payment = r.on_full_payment && !free;
    let mut out = Vec::new();
    let field = |p: P| -> P {
        let mut p = p.t(x.tr(" pour la destination suivante : ", " for the following purpose: ")).v(&r.purpose);
        if !r.media.trim().is_empty() {
            p = p.t(x.tr(", sur les supports suivants : ", ", on the following media: ")).v(&r.media);
        }
        // No duration typed: the whole term of copyright, which a logo or a site needs.
        let duration = match (x.c.rights_years, x.lang) {
            (Some(years), Lang::Fr) => format!(
                "{} à compter {}",
                format::count(years, "an", "ans"),
                match r.mode {
                    IpMode::Assignment => "de la prise d'effet de la cession",
                    IpMode::Licence => "de la livraison",
                }
            ),
            (Some(years), Lang::En) => format!(
                "{} from {}",
                format::count(years, "year", "years"),
                match r.mode {
                    IpMode::Assignment => "the date the assignment takes effect",
                    IpMode::Licence => "delivery",
                }
            ),
            (None, Lang::Fr) => "toute la durée de protection des droits d'auteur".to_string(),
            (None, Lang::En) => "the full term of copyright protection".to_string(),
        };
        p.t(x.tr(" ; territoire : ", "; territory: "))
            .v(&r.territory)
            .t(x.tr(" ; durée : ", "; duration: "))
            .t(&duration)
            .t(".")
    };
    match r.mode {
        IpMode::Assignment => {
            // Code de la propriété intellectuelle L131-3: each right named, its field
            // limited in extent, purpose, place and duration.
            let kind = if r.exclusive {
                x.tr("à titre exclusif", "exclusively")
            } else {
                x.tr("à titre non exclusif", "non-exclusively")
            };
            out.push(
                x.p()
                    .t(x.tr("Le Prestataire cède au Client, ", "The Provider assigns to the Client, "))
                    .t(kind)
                    .t(x.tr(
                        ", les droits patrimoniaux d'auteur sur les livrables désignés à l'article ",
                        ", the author's economic rights in the deliverables listed in article ",
                    ))
                    .t(&x.num(Section::Scope))
                    .t(x.tr(", limités aux droits suivants :", ", limited to the following rights:"))
                    .block(),
            );
            let mut items = Vec::new();
            if r.reproduction {
                items.push(item(x.p().b(x.tr("droit de reproduction", "right of reproduction")).t(x.tr(
                    " : fixer et reproduire les livrables, en tout nombre, sur les supports désignés ;",
                    ": to fix and reproduce the deliverables, in any number, on the media named;",
                ))));
            }
            if r.representation {
                items.push(item(x.p().b(x.tr("droit de représentation", "right of representation")).t(x.tr(
                    " : communiquer les livrables au public par tout procédé, notamment en ligne ;",
                    ": to communicate the deliverables to the public by any means, online in particular;",
                ))));
            }
            if r.adaptation {
                items.push(item(x.p().b(x.tr("droit d'adaptation", "right of adaptation")).t(x.tr(
                    " : modifier, traduire ou adapter les livrables, dans le respect de leur esprit ;",
                    ": to modify, translate or adapt the deliverables, without distorting them;",
                ))));
            }
            if r.distribution {
                items.push(item(x.p().b(x.tr("droit de distribution", "right of distribution")).t(x.tr(
                    " : mettre en circulation des exemplaires des livrables, à titre gratuit ou onéreux ;",
                    ": to put copies of the deliverables into circulation, for free or for a fee;",
                ))));
            }
            if items.is_empty() {
                items.push(vec![Inline::Blank]);
            }
            close_list(&mut items);
            out.push(Block::List { ordered: false, items });
            out.push(field(x.p().t(x.tr("Ces droits sont cédés", "These rights are assigned"))).block());
            let mut p = if free {
                x.p().t(x.tr("La cession est consentie à titre gratuit.", "The assignment is granted free of charge."))
            } else {
                x.p()
                    .t(x.tr(
                        "Le prix de cette cession est compris dans le prix fixé à l'article ",
                        "The fee for this assignment of rights is included in the price set out in article ",
                    ))
                    .t(&x.num(Section::Price))
                    .t(".")
            };
            p = p.t(" ");
            if on_payment && x.a.is_unit_priced() {
                // Paid for the time spent: there is no "price" to pay in full, and an
                // early end must not leave the client without what it paid for.
                p = p
                    .t(x.tr(
                        "La cession des droits sur chaque livrable prend effet au paiement de toutes les factures du travail qui lui a été consacré et, si le contrat prend fin de façon anticipée, des sommes dues en application de l'article ",
                        "The assignment of the rights in each deliverable takes effect upon payment of all invoices for the work spent on it and, if this Agreement ends early, of the sums due under article ",
                    ))
                    .t(&x.num(Section::Termination))
                    .t(x.tr(
                        ". Jusque-là, le Client dispose d'un droit d'usage provisoire, qui lui permet notamment de mettre les livrables en service ; ce droit prend fin si ces sommes restent impayées huit jours après une mise en demeure.",
                        ". Until then, the Client has a provisional right of use, which allows it to put the deliverables into service; that right ends if those sums remain unpaid eight days after formal notice.",
                    ));
            } else if on_payment {
                p = p.t(x.tr(
                    "La cession prend effet au paiement complet du prix. Jusque-là, le Client dispose d'un droit d'usage provisoire, qui lui permet notamment de mettre les livrables en service ; ce droit prend fin si le prix reste impayé huit jours après une mise en demeure.",
                    "The assignment takes effect upon full payment of the price. Until then, the Client has a provisional right of use, which allows it to put the deliverables into service; that right ends if the price remains unpaid eight days after formal notice.",
                ));
            } else {
                p = p.t(x.tr(
                    "La cession prend effet à la livraison de chaque livrable.",
                    "The assignment takes effect on delivery of each deliverable.",
                ));
            }
            out.push(p.block());
            out.push(
                x.p()
                    .t(x.tr(
                        "Tout droit ou mode d'exploitation non mentionné ci-dessus reste réservé au Prestataire. Le droit moral de l'auteur, inaliénable, est réservé.",
                        "Any right or form of use not mentioned above is reserved to the Provider. The author's moral rights, which cannot be assigned, are reserved.",
                    ))
                    .block(),
            );
        }
        IpMode::Licence => {
            let grant = x.p().t(x.tr(
                "Le Prestataire reste titulaire de l'ensemble des droits d'auteur sur les livrables. Il concède au Client le droit personnel et non exclusif de les reproduire, de les représenter et de les adapter au format des usages prévus (recadrage, mise en page), sans les dénaturer,",
                "The Provider keeps all copyright in the deliverables. It grants the Client the personal, non-exclusive right to reproduce and show them and to adapt them to the format of the intended uses (cropping, layout), without distorting them,",
            ));
            out.push(field(grant).block());
            let when = if free {
                x.tr(
                    "Ce droit est concédé à titre gratuit et acquis à la livraison.",
                    "This right is granted free of charge and acquired on delivery.",
                )
            } else if on_payment {
                x.tr(
                    "Ce droit est acquis au paiement complet du prix.",
                    "This right is acquired upon full payment of the price.",
                )
            } else {
                x.tr("Ce droit est acquis à la livraison.", "This right is acquired on delivery.")
            };
            out.push(x.p().t(when).block());
        }
    }
    out.push(x.p().t(x.tr(
        "Les outils, méthodes, savoir-faire et éléments préexistants du Prestataire, ou qu'il développe indépendamment de la mission, restent sa propriété ; lorsqu'ils sont intégrés aux livrables, le Client en reçoit un droit d'usage non exclusif, limité à l'utilisation de ces livrables.",
        "The Provider's tools, methods, know-how and pre-existing material, or those it develops independently of the Services, remain its property; where they are built into the deliverables, the Client receives a non-exclusive right to use them, limited to the use of those deliverables.",
    )).block());
    // The warranty a buyer of creative work expects: originality and non-infringement,
    // except for what the client supplied.
    out.push(x.p().t(x.tr(
        "Le Prestataire garantit que les livrables sont des créations originales et qu'ils ne portent pas atteinte aux droits de tiers, à l'exception des éléments fournis par le Client, dont celui-ci répond. Il garantit le Client contre toute action d'un tiers fondée sur une telle atteinte. Les éléments de tiers intégrés avec l'accord du Client (polices de caractères, logiciels libres, images sous licence) restent soumis à leurs propres licences, que le Prestataire lui communique.",
        "The Provider warrants that the deliverables are original works and do not infringe any third party's rights, except for the material supplied by the Client, for which the Client is responsible. The Provider shall indemnify the Client against any third-party claim based on such an infringement. Third-party components built in with the Client's consent (fonts, open-source software, licensed images) remain subject to their own licences, which the Provider passes on to the Client.",
    )).block());
    if r.portfolio {
        // A consumer's private work (photos of people, a home) is shown only with
        // consent (C. civ. 9, GDPR); a business's work once it is public.
        let portfolio = if x.a.is_consumer() {
            x.tr(
                "Le Prestataire ne présente les livrables dans ses références et son portfolio qu'avec l'accord écrit préalable du Client, que celui-ci peut retirer à tout moment.",
                "The Provider shows the deliverables in its references and portfolio only with the Client's prior written consent, which the Client may withdraw at any time.",
            )
        } else {
            x.tr(
                "Une fois les livrables rendus publics par le Client, et sauf refus écrit de sa part, le Prestataire peut les présenter dans ses références et son portfolio.",
                "Once the Client has made the deliverables public, and unless it objects in writing, the Provider may show them in its references and portfolio.",
            )
        };
        out.push(x.p().t(portfolio).block());
    }
    out
}

pub fn confidentiality(x: &Ctx) -> Vec<Block> {
    let years = x.c.confidentiality_years.unwrap_or(0);
    let duration = match x.lang {
        Lang::Fr => format::count(years, "an", "ans"),
        Lang::En => format::count(years, "year", "years"),
    };
    vec![
        x.p()
            .t(x.tr(
                "Chaque partie garde confidentielles les informations non publiques qu'elle reçoit de l'autre à l'occasion du contrat, ne les utilise que pour la mission et ne les communique qu'aux personnes qui en ont besoin pour l'exécuter. Cette obligation dure pendant le contrat et ",
                "Each party keeps confidential the non-public information it receives from the other under this Agreement, uses it only for the Services and discloses it only to those who need it to perform them. This obligation lasts for the term of this Agreement and ",
            ))
            .b(&duration)
            .t(x.tr(" après sa fin.", " after it ends."))
            .block(),
        x.p()
            .t(x.tr(
                "Elle ne s'applique pas aux informations déjà publiques ou qui le deviennent sans faute de la partie qui les a reçues, à celles qu'elle connaissait déjà ou a obtenues licitement d'un tiers, ni à celles dont la communication est exigée par la loi ou par une décision de justice.",
                "It does not apply to information that is or becomes public through no fault of the receiving party, that it already knew or lawfully obtained from a third party, or whose disclosure is required by law or by a court.",
            ))
            .block(),
    ]
}
