//! Invariants no contract may break, checked over the document itself: clauses that
//! must never stand together, amounts in words, a schedule that adds up, references to
//! articles that exist, no empty article and no placeholder in a complete contract.
//!
//! A broken invariant is a bug in the clause library, never the user's doing: the app
//! shows it as a problem and marks the contract as a draft, so it is never silent.

use super::{Block, Document, Inline, Section};
use crate::model::{FieldKind, Lang};
use crate::validate::Contract;

/// A named rule. Each has a test that feeds it a document breaking it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Invariant {
    /// Every "article N" the contract refers to exists.
    ArticleReference,
    /// No article without text.
    EmptyArticle,
    /// A complete contract has no blank or marker left in its articles.
    Placeholder,
    /// Every total stated in an article is also in words.
    TotalInWords,
    /// A fixed price's schedule adds up to the price and to 100 %.
    ScheduleSum,
    /// A per-unit price shows no fixed shares of its cap (invoices follow the units).
    UnitPriceFixedShares,
    /// A consumer is never required to try an amicable settlement before court
    /// (C. consom. L612-4, R212-2 10°).
    ConsumerAmicablePrecondition,
    /// With a withdrawal right, work never starts on receipt of the deposit alone.
    WithdrawalStartsOnDeposit,
    /// With a withdrawal right, "neither may back out" is qualified by it.
    DepositWithoutWithdrawalReserve,
    /// The early start is a separate signed request, never implied by signing.
    EarlyStartImplied,
    /// A withdrawal article exactly when the client has the right (L221-3, L221-18).
    WithdrawalWithoutRight,
    /// No cancellation fee, no recovery indemnity charged to a consumer.
    ConsumerOneSidedFee,
    /// A consumer is told which statutory guarantees apply (L111-1, L221-5).
    ConsumerGuaranteesMissing,
    /// Free work: nothing waits for a price, nothing is invoiced.
    FreeWorkPriced,
    /// Building works: a réception (C. civ. 1792-6), never a deemed acceptance.
    BuildingDeemedAcceptance,
    /// Building works name the décennale insurance (C. assur. L241-1).
    BuildingWithoutDecennale,
    /// Never a liability cap at "the sums paid" (nil before the first payment, 1170).
    LiabilitySumsPaid,
    /// A client established abroad: CGI art. 259-1, not the 293 B mention.
    ForeignClientVat293B,
    /// A court chosen only where allowed (CPC art. 48; Brussels I bis art. 25).
    CourtClauseNotAllowed,
    /// Personal data processed for the client: the GDPR art. 28 terms are there.
    ProcessorTermsMissing,
    /// English: "assignment" names the transfer of rights only, never the work.
    EnglishAssignmentForWork,
}

impl Invariant {
    /// The rule in a sentence, for the problem the app shows (in the interface language).
    pub fn describe(self, lang: Lang) -> &'static str {
        use Invariant::*;
        let (fr, en) = match self {
            ArticleReference => {
                ("un renvoi vise un article qui n’existe pas", "a reference points to an article that does not exist")
            }
            EmptyArticle => ("un article est vide", "an article is empty"),
            Placeholder => ("un blanc reste dans un contrat complet", "a blank is left in a complete contract"),
            TotalInWords => ("un montant total n’est pas écrit en lettres", "a total is not written in words"),
            ScheduleSum => ("l’échéancier ne correspond pas au prix", "the schedule does not add up to the price"),
            UnitPriceFixedShares => {
                ("un prix unitaire est découpé en parts fixes", "a unit price is split into fixed shares")
            }
            ConsumerAmicablePrecondition => (
                "un consommateur doit tenter un accord amiable avant d’aller en justice",
                "a consumer must try an amicable settlement before court",
            ),
            WithdrawalStartsOnDeposit => (
                "la mission commence à l’acompte malgré le délai de rétractation",
                "work starts on the deposit despite the withdrawal period",
            ),
            DepositWithoutWithdrawalReserve => (
                "l’acompte engage sans réserve du droit de rétractation",
                "the deposit binds with no word for the withdrawal right",
            ),
            EarlyStartImplied => {
                ("le début anticipé se déduit de la signature", "the early start is implied by signing")
            }
            WithdrawalWithoutRight => (
                "l’article de rétractation ne correspond pas au droit du client",
                "the withdrawal article does not match the client’s right",
            ),
            ConsumerOneSidedFee => {
                ("une indemnité unilatérale pèse sur un consommateur", "a one-sided fee is charged to a consumer")
            }
            ConsumerGuaranteesMissing => (
                "les garanties légales d’un consommateur ne sont pas indiquées",
                "a consumer’s statutory guarantees are not stated",
            ),
            FreeWorkPriced => {
                ("un travail gratuit parle de prix ou de factures", "free work mentions a price or invoices")
            }
            BuildingDeemedAcceptance => {
                ("des travaux de bâtiment sont réputés acceptés", "building works are deemed accepted")
            }
            BuildingWithoutDecennale => {
                ("des travaux de bâtiment sans assurance décennale", "building works with no ten-year insurance")
            }
            LiabilitySumsPaid => {
                ("la responsabilité est plafonnée aux sommes payées", "liability is capped at the sums paid")
            }
            ForeignClientVat293B => (
                "la mention 293 B est utilisée pour un client étranger",
                "the 293 B mention is used for a foreign client",
            ),
            CourtClauseNotAllowed => {
                ("un tribunal est choisi là où la loi l’interdit", "a court is chosen where the law forbids it")
            }
            ProcessorTermsMissing => {
                ("les clauses de sous-traitance des données manquent", "the data processor terms are missing")
            }
            EnglishAssignmentForWork => ("« assignment » désigne la mission", "“assignment” names the work"),
        };
        match lang {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }
}

/// One broken invariant, with where it was seen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breach {
    pub invariant: Invariant,
    pub detail: String,
}

/// Every invariant that `doc`, built from `c`, breaks. `complete` says whether the
/// answers had no blocking problem (blanks are expected in a draft).
pub fn check(doc: &Document, c: &Contract, complete: bool) -> Vec<Breach> {
    let a = &c.answers;
    let mut out = Vec::new();
    let mut breach = |invariant: Invariant, detail: String| out.push(Breach { invariant, detail });
    let articles: Vec<&super::Article> = doc.articles().collect();
    // The rules read the clauses, not what the user typed: a description may say
    // "facture" or "article 99" without any clause doing so.
    let values = UserValues::of(c);
    // Each article's clause text, once (the check runs on every keystroke's preview).
    let texts: Vec<String> = articles.iter().map(|art| values.cut(&article_text(art))).collect();
    let text: String = texts.join("\n");
    let has = |needle: &str| text.contains(needle);
    let has_any = |needles: &[&str]| needles.iter().find(|n| text.contains(**n)).map(|n| n.to_string());
    let section = |s: Section| articles.iter().any(|art| art.section == s);

    // References to articles of this contract.
    for (i, art) in articles.iter().enumerate() {
        let body = &texts[i];
        for n in internal_references(body) {
            match n {
                Some(n) if n >= 1 && n as usize <= articles.len() => {}
                Some(n) => breach(Invariant::ArticleReference, format!("article {} refers to article {n}", i + 1)),
                None => {
                    breach(Invariant::ArticleReference, format!("article {} refers to an unnumbered article", i + 1))
                }
            }
        }
        if body.trim().is_empty() {
            breach(Invariant::EmptyArticle, format!("article {} ({:?})", i + 1, art.section));
        }
        if complete && has_blank(&art.body) {
            breach(Invariant::Placeholder, format!("a blank in article {} ({:?})", i + 1, art.section));
        }
        for amount in bold_amounts_without_words(&art.body, doc.lang) {
            breach(Invariant::TotalInWords, format!("{amount} in article {}", i + 1));
        }
    }

    // The schedule of a fixed price adds up.
    if let Some(table) =
        articles.iter().filter(|art| art.section == Section::Payment).flat_map(|art| art.body.iter()).find_map(|b| {
            match b {
                Block::Table(t) => Some(t),
                _ => None,
            }
        })
    {
        if a.is_unit_priced() {
            breach(Invariant::UnitPriceFixedShares, "a schedule table for a per-unit price".into());
        } else if complete {
            let percents: i64 = table.rows.iter().filter_map(|r| r.get(2)).map(|s| digits_value(s, doc.lang)).sum();
            if percents != 10_000 {
                breach(Invariant::ScheduleSum, format!("shares add up to {} hundredths of a percent", percents));
            }
            if let Some(total) = c.total {
                let amounts: i64 = table.rows.iter().filter_map(|r| r.get(3)).map(|s| digits_value(s, doc.lang)).sum();
                if amounts != total.0 {
                    breach(
                        Invariant::ScheduleSum,
                        format!("amounts add up to {} cents for a price of {}", amounts, total.0),
                    );
                }
            }
        }
    }

    // Pairs of clauses that contradict each other, in either language.
    if a.is_consumer() {
        if let Some(n) =
            has_any(&["avant toute action en justice", "before any legal action", "préalable obligatoire à"])
        {
            breach(Invariant::ConsumerAmicablePrecondition, n);
        }
        if let Some(n) =
            has_any(&["restant à réaliser", "cancellation fee", "frais de recouvrement", "recovery indemnity"])
        {
            breach(Invariant::ConsumerOneSidedFee, n);
        }
        if !section(Section::Guarantees) {
            breach(Invariant::ConsumerGuaranteesMissing, "no statutory guarantees article".into());
        }
    }
    if a.has_withdrawal() {
        if let Some(n) = has_any(&[
            "commence à réception de l'acompte",
            "commence à réception de l’acompte",
            "qu'après réception de l'acompte",
            "qu’après réception de l’acompte",
            "starts when the deposit is received",
            "before the deposit is received",
        ]) {
            breach(Invariant::WithdrawalStartsOnDeposit, n);
        }
        if (has("se dédire") || has("back out"))
            && !has("sous réserve du droit de rétractation")
            && !has("subject to the right of withdrawal")
        {
            breach(Invariant::DepositWithoutWithdrawalReserve, "no reserve of the withdrawal right".into());
        }
        if a.consumer.early_start
            && !doc.annexes.iter().any(|x| x.title.contains("Demande") || x.title.contains("Request"))
        {
            breach(Invariant::EarlyStartImplied, "no separate request annexed".into());
        }
    }
    if let Some(n) =
        has_any(&["en signant le présent contrat", "by signing this contract", "confirmed by signing this Agreement"])
    {
        breach(Invariant::EarlyStartImplied, n);
    }
    if section(Section::Withdrawal) != a.has_withdrawal() {
        breach(
            Invariant::WithdrawalWithoutRight,
            format!("withdrawal article present: {}", section(Section::Withdrawal)),
        );
    }
    if a.is_free() {
        if let Some(n) = has_any(&[
            "paiement complet du prix",
            "full payment",
            "factur",
            "invoice",
            "restant à réaliser",
            "cancellation fee",
        ]) {
            breach(Invariant::FreeWorkPriced, n);
        }
    }
    if a.is_building() {
        if let Some(n) = has_any(&["réputée acceptée", "deemed accepted", "réputé accepté"]) {
            breach(Invariant::BuildingDeemedAcceptance, n);
        }
        if complete && !has("décennale") {
            breach(Invariant::BuildingWithoutDecennale, "no décennale named".into());
        }
    }
    if let Some(n) = has_any(&["sommes effectivement payées", "sums actually paid", "sommes payées par le Client"]) {
        breach(Invariant::LiabilitySumsPaid, n);
    }
    if a.is_foreign() && (has("293 B") || values.cut(&doc_parties_text(doc)).contains("293 B")) {
        breach(Invariant::ForeignClientVat293B, "293 B".into());
    }
    if !a.court_clause_allowed() {
        if let Some(n) = has_any(&["compétence exclusive", "exclusive jurisdiction"]) {
            breach(Invariant::CourtClauseNotAllowed, n);
        }
    }
    if a.processes_data() && !section(Section::PersonalData) {
        breach(Invariant::ProcessorTermsMissing, "no personal data article".into());
    }
    if doc.lang == Lang::En {
        for (i, art) in articles.iter().enumerate() {
            if art.section != Section::Rights && texts[i].to_ascii_lowercase().contains("assignment") {
                breach(Invariant::EnglishAssignmentForWork, format!("article {}", i + 1));
            }
        }
    }
    out
}

/// An article's text, one block a line.
fn article_text(art: &super::Article) -> String {
    let mut out = String::new();
    super::write_text(&art.body, &mut out);
    out
}

fn doc_parties_text(doc: &Document) -> String {
    let mut out = String::new();
    for b in &doc.blocks {
        if let Block::Parties(ps) = b {
            for p in ps {
                for l in &p.lines {
                    out.push_str(&super::plain(l));
                    out.push('\n');
                }
            }
        }
    }
    out
}

/// The free-text answers, as the contract shows them, to cut out of a clause text.
/// Very short values are kept: removing "de" would blind the rules.
///
/// A draft at the caps has hundreds of values (200 deliverables, 100 instalments) and
/// a long text; cutting them one value at a time read the text once per value, most of
/// the build. `cut` reads it once: at each place, the longest value that starts there
/// (so a value inside another goes with it), found through the first two bytes.
struct UserValues {
    values: Vec<String>,
    /// (first two bytes, index in `values`), by bytes, the longest value first.
    index: Vec<(u16, usize)>,
    /// One bit per pair of first bytes that some value has: most places are passed
    /// over with one test.
    starts: Vec<u64>,
}

impl UserValues {
    fn of(c: &Contract) -> UserValues {
        let a = &c.answers;
        let mut values: Vec<String> = a
            .fields()
            .into_iter()
            .filter(|f| matches!(f.kind(), FieldKind::Text | FieldKind::LongText | FieldKind::Email))
            .map(|f| super::clauses::user_text(&f.get(a)).trim().to_string())
            .filter(|v| v.chars().count() >= 4)
            .collect();
        crate::order::sort_by_key(&mut values, |v| usize::MAX - v.len());
        let mut index: Vec<(u16, usize)> =
            values.iter().enumerate().map(|(i, v)| (Self::key(v.as_bytes()), i)).collect();
        // Stable: within one pair of bytes, the longest value stays first.
        crate::order::sort_by_key(&mut index, |&(k, _)| k);
        let mut starts = vec![0u64; 1 << 10];
        for &(k, _) in &index {
            starts[usize::from(k) >> 6] |= 1 << (k & 63);
        }
        UserValues { values, index, starts }
    }

    /// The first two bytes of a value (four characters at least, so two bytes).
    fn key(b: &[u8]) -> u16 {
        u16::from(b[0]) << 8 | u16::from(b[1])
    }

    /// `text` with each user value in it replaced by a space, from the left, the
    /// longest one at each place.
    fn cut(&self, text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = String::with_capacity(text.len());
        let (mut copied, mut i) = (0, 0);
        while i + 1 < bytes.len() {
            let k = Self::key(&bytes[i..]);
            if self.starts[usize::from(k) >> 6] & (1 << (k & 63)) != 0 {
                let first = self.index.partition_point(|&(x, _)| x < k);
                // A value starts with a character's first byte, so a match is always at
                // a character boundary of `text`.
                let hit = self.index[first..]
                    .iter()
                    .take_while(|&&(x, _)| x == k)
                    .map(|&(_, v)| &self.values[v])
                    .find(|v| bytes[i..].starts_with(v.as_bytes()));
                if let Some(v) = hit {
                    out.push_str(&text[copied..i]);
                    out.push(' ');
                    i += v.len();
                    copied = i;
                    continue;
                }
            }
            i += 1;
        }
        out.push_str(&text[copied..]);
        out
    }
}

/// The numbers of "article N" references to this contract's own articles; `None` for
/// "article ?". References to codes and regulations ("l'article 1218 du Code civil",
/// "article 28 of Regulation…", "articles 32 à 36") are not the contract's own.
fn internal_references(text: &str) -> Vec<Option<u32>> {
    let mut out = Vec::new();
    let lower = text.to_ascii_lowercase();
    let mut rest = lower.as_str();
    while let Some(pos) = rest.find("article ") {
        let before = &rest[..pos];
        let after = &rest[pos + "article ".len()..];
        rest = after;
        // "articles" (plural) and "l'article" both end in "article"; skip the plural.
        if before.ends_with('s') && before.ends_with("articles") {
            continue;
        }
        if after.starts_with('?') {
            out.push(None);
            continue;
        }
        let digits: String = after.chars().take_while(|c| c.is_ascii_digit()).collect();
        if digits.is_empty() {
            continue;
        }
        let tail = &after[digits.len()..];
        let law = [" du ", " de ", " of ", " b ", " bis ", " ter ", " à ", " to ", " et ", " and ", "-"]
            .iter()
            .any(|w| tail.starts_with(w));
        if !law {
            out.push(digits.parse().ok());
        }
    }
    out
}

fn has_blank(blocks: &[Block]) -> bool {
    blocks.iter().any(|b| match b {
        Block::Paragraph(p) => p.contains(&Inline::Blank),
        Block::List { items, .. } => items.iter().any(|i| i.contains(&Inline::Blank)),
        Block::Article(a) => has_blank(&a.body),
        _ => false,
    })
}

/// Amounts in bold (the totals a clause states) not followed by their words.
fn bold_amounts_without_words(blocks: &[Block], lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    let mut visit = |inlines: &[Inline]| {
        for inline in inlines {
            if let Inline::Strong(s) = inline {
                for amount in amounts_in(s, lang) {
                    let after = &s[s.find(&amount).map_or(s.len(), |p| p + amount.len())..];
                    if !(after.starts_with(" (") && after.contains("euro")) {
                        out.push(amount);
                    }
                }
            }
        }
    };
    for b in blocks {
        match b {
            Block::Paragraph(p) => visit(p),
            Block::List { items, .. } => items.iter().for_each(|i| visit(i)),
            _ => {}
        }
    }
    out
}

/// The amounts written as `Money::format` writes them.
fn amounts_in(s: &str, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    match lang {
        Lang::Fr => {
            let mut rest = s;
            while let Some(pos) = rest.find("\u{a0}€") {
                let head = &rest[..pos];
                let start = head
                    .char_indices()
                    .rev()
                    .take_while(|(_, c)| c.is_ascii_digit() || *c == ',' || *c == '\u{202f}')
                    .last()
                    .map_or(pos, |(i, _)| i);
                if start < pos && head[start..].contains(',') {
                    out.push(rest[start..pos + "\u{a0}€".len()].to_string());
                }
                rest = &rest[pos + "\u{a0}€".len()..];
            }
        }
        Lang::En => {
            let mut rest = s;
            while let Some(pos) = rest.find('€') {
                let tail = &rest[pos + '€'.len_utf8()..];
                let len: usize =
                    tail.chars().take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.').map(char::len_utf8).sum();
                let number = &tail[..len];
                if number.contains('.') {
                    out.push(format!("€{}", number.trim_end_matches(['.', ','])));
                }
                rest = tail;
            }
        }
    }
    out
}

/// "1 200,00 €" → 120000, "30 %" → 3000, "12,5 %" → 1250: the digits of a formatted
/// cell as hundredths.
fn digits_value(cell: &str, lang: Lang) -> i64 {
    let decimal = if lang == Lang::Fr { ',' } else { '.' };
    let (int, frac) = match cell.split_once(decimal) {
        Some((i, f)) => (i, f),
        None => (cell, ""),
    };
    let int: i64 = int.chars().filter(char::is_ascii_digit).collect::<String>().parse().unwrap_or(0);
    let frac: String = frac.chars().filter(char::is_ascii_digit).take(2).collect();
    let frac: i64 = format!("{frac:0<2}").parse().unwrap_or(0);
    int.saturating_mul(100).saturating_add(frac)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(v: &[&str]) -> UserValues {
        let mut a = crate::model::Answers::default();
        a.mission.title = v[0].into();
        a.mission.description = v[1].into();
        a.client.name = v[2].into();
        UserValues::of(&crate::validate::check(&a).contract)
    }

    #[test]
    fn user_values_are_cut_in_one_pass_the_longest_first() {
        let v = values(&["Logo de l’Atelier", "Atelier Dupont, facture à part", "Atelier"]);
        // The longest value at a place goes whole; a value inside it goes with it.
        assert_eq!(
            v.cut("Le Prestataire livre : Atelier Dupont, facture à part. Logo de l’Atelier pour l’Atelier."),
            "Le Prestataire livre :  .   pour l’ ."
        );
        // Clause text that merely shares first letters with a value is kept.
        assert_eq!(v.cut("Atelie, Logo, article 3"), "Atelie, Logo, article 3");
        assert_eq!(v.cut(""), "");
        assert_eq!(v.cut("A"), "A");
    }
}
