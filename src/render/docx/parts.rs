//! The package parts around the body: content types, relationships, styles,
//! numbering, settings, header, footer and document properties.

use super::wml::{run, BULLET_NUM, DECL, FIRST_ORDERED_NUM, FOOTER_ID, HEADER_ID, STYLE_NUMBER_NUM, TEXT_WIDTH, W_NS};
use super::xml::escape_into;
use crate::document::Meta;
use crate::model::Lang;
use chrono::Datelike;

const REL_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const WML_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

/// The BCP 47 tag Word expects in `w:lang` and `dc:language`.
pub fn lang_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "fr-FR",
        Lang::En => "en-GB",
    }
}

/// `[Content_Types].xml`: the media type of every part.
pub fn content_types(with_header: bool) -> String {
    let mut s = String::from(DECL);
    s.push_str(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>",
    );
    let mut over = |part: &str, kind: &str| {
        s.push_str("<Override PartName=\"/");
        s.push_str(part);
        s.push_str("\" ContentType=\"");
        s.push_str(kind);
        s.push_str("\"/>");
    };
    let wml = |t: &str| format!("{WML_TYPE}{t}+xml");
    over("word/document.xml", &wml("document.main"));
    over("word/styles.xml", &wml("styles"));
    over("word/numbering.xml", &wml("numbering"));
    over("word/settings.xml", &wml("settings"));
    over("word/footer1.xml", &wml("footer"));
    if with_header {
        over("word/header1.xml", &wml("header"));
    }
    over("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    over("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    s.push_str("</Types>");
    s
}

/// `_rels/.rels`: the package's entry points.
pub fn root_rels() -> String {
    format!(
        "{DECL}<Relationships xmlns=\"{REL_NS}\">\
<Relationship Id=\"rId1\" Type=\"{OFFICE_REL}officeDocument\" Target=\"word/document.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
<Relationship Id=\"rId3\" Type=\"{OFFICE_REL}extended-properties\" Target=\"docProps/app.xml\"/>\
</Relationships>"
    )
}

/// `word/_rels/document.xml.rels`: the parts the body refers to.
pub fn document_rels(with_header: bool) -> String {
    let mut s = format!(
        "{DECL}<Relationships xmlns=\"{REL_NS}\">\
<Relationship Id=\"rId1\" Type=\"{OFFICE_REL}styles\" Target=\"styles.xml\"/>\
<Relationship Id=\"rId2\" Type=\"{OFFICE_REL}numbering\" Target=\"numbering.xml\"/>\
<Relationship Id=\"rId3\" Type=\"{OFFICE_REL}settings\" Target=\"settings.xml\"/>\
<Relationship Id=\"{FOOTER_ID}\" Type=\"{OFFICE_REL}footer\" Target=\"footer1.xml\"/>"
    );
    if with_header {
        s.push_str(&format!("<Relationship Id=\"{HEADER_ID}\" Type=\"{OFFICE_REL}header\" Target=\"header1.xml\"/>"));
    }
    s.push_str("</Relationships>");
    s
}

/// Accent colour of titles and headings (dark navy).
const ACCENT: &str = "1F3864";

/// `word/styles.xml`: document defaults and every named style the body uses.
pub fn styles(lang: Lang) -> String {
    let font = "<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/>";
    let mut s = format!(
        "{DECL}<w:styles {W_NS}>\
<w:docDefaults><w:rPrDefault><w:rPr>{font}<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>\
<w:lang w:val=\"{lang}\" w:eastAsia=\"{lang}\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>\
</w:docDefaults>",
        lang = lang_tag(lang)
    );
    let mut para = |id: &str, name: &str, based: &str, ppr: &str, rpr: &str| {
        s.push_str("<w:style w:type=\"paragraph\" w:styleId=\"");
        s.push_str(id);
        s.push('"');
        if id == "Normal" {
            s.push_str(" w:default=\"1\"");
        }
        s.push_str("><w:name w:val=\"");
        s.push_str(name);
        s.push_str("\"/>");
        if !based.is_empty() {
            s.push_str("<w:basedOn w:val=\"");
            s.push_str(based);
            s.push_str("\"/><w:next w:val=\"Normal\"/>");
        }
        s.push_str("<w:qFormat/><w:pPr>");
        s.push_str(ppr);
        s.push_str("</w:pPr><w:rPr>");
        s.push_str(rpr);
        s.push_str("</w:rPr></w:style>");
    };
    para("Normal", "Normal", "", "<w:widowControl/><w:jc w:val=\"both\"/>", "");
    para(
        "Title",
        "Title",
        "Normal",
        "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"80\" w:line=\"240\" w:lineRule=\"auto\"/>\
<w:jc w:val=\"center\"/>",
        &format!("<w:b/><w:bCs/><w:color w:val=\"{ACCENT}\"/><w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/>"),
    );
    para(
        "Subtitle",
        "Subtitle",
        "Normal",
        &format!(
            "<w:keepNext/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"8\" w:color=\"{ACCENT}\"/></w:pBdr>\
<w:spacing w:after=\"360\"/><w:jc w:val=\"center\"/>"
        ),
        "<w:color w:val=\"404040\"/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>",
    );
    para(
        "Heading1",
        "heading 1",
        "Normal",
        "<w:keepNext/><w:keepLines/><w:spacing w:before=\"300\" w:after=\"100\"/>\
<w:jc w:val=\"left\"/><w:outlineLvl w:val=\"0\"/>",
        &format!("<w:b/><w:bCs/><w:color w:val=\"{ACCENT}\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"),
    );
    para(
        "Heading2",
        "heading 2",
        "Normal",
        "<w:keepNext/><w:keepLines/><w:spacing w:before=\"200\" w:after=\"60\"/>\
<w:jc w:val=\"left\"/><w:outlineLvl w:val=\"1\"/>",
        &format!("<w:b/><w:bCs/><w:color w:val=\"{ACCENT}\"/>"),
    );
    para(
        "ListBullet",
        "List Bullet",
        "Normal",
        &format!("<w:numPr><w:numId w:val=\"{BULLET_NUM}\"/></w:numPr><w:spacing w:after=\"60\"/>"),
        "",
    );
    para(
        "ListNumber",
        "List Number",
        "Normal",
        &format!("<w:numPr><w:numId w:val=\"{STYLE_NUMBER_NUM}\"/></w:numPr><w:spacing w:after=\"60\"/>"),
        "",
    );
    para("PartyDetails", "Party Details", "Normal", "<w:spacing w:after=\"0\"/><w:jc w:val=\"left\"/>", "");
    para(
        "TableText",
        "Table Text",
        "Normal",
        "<w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>",
        "",
    );
    para("Header", "header", "Normal", "<w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/>", "");
    para(
        "Footer",
        "footer",
        "Normal",
        &format!(
            "<w:tabs><w:tab w:val=\"right\" w:pos=\"{TEXT_WIDTH}\"/></w:tabs>\
<w:spacing w:after=\"0\"/><w:jc w:val=\"left\"/>"
        ),
        "<w:color w:val=\"707070\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>",
    );
    s.push_str(
        "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>\
<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>\
<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>\
<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>",
    );
    s.push_str("<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>\
<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"59\"/><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:tblPr><w:tblBorders>");
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        s.push_str("<w:");
        s.push_str(side);
        s.push_str(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8C8C8C\"/>");
    }
    s.push_str(
        "</w:tblBorders><w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>\
<w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>\
<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr></w:tblStylePr></w:style>",
    );
    s.push_str("</w:styles>");
    s
}

/// `word/numbering.xml`: a bullet list, the "List Number" default, and one restarting
/// instance per ordered list of the body (`ordered_lists` of them).
pub fn numbering(ordered_lists: u32) -> String {
    let level = |fmt: &str, text: &str| {
        format!(
            "<w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>\
<w:numFmt w:val=\"{fmt}\"/><w:lvlText w:val=\"{text}\"/><w:lvlJc w:val=\"left\"/>\
<w:pPr><w:ind w:left=\"567\" w:hanging=\"283\"/></w:pPr></w:lvl>"
        )
    };
    let mut s = format!(
        "{DECL}<w:numbering {W_NS}>\
<w:abstractNum w:abstractNumId=\"0\">{}</w:abstractNum>\
<w:abstractNum w:abstractNumId=\"1\">{}</w:abstractNum>\
<w:num w:numId=\"{BULLET_NUM}\"><w:abstractNumId w:val=\"0\"/></w:num>\
<w:num w:numId=\"{STYLE_NUMBER_NUM}\"><w:abstractNumId w:val=\"1\"/></w:num>",
        level("bullet", "\u{2022}"),
        level("decimal", "%1.")
    );
    for i in 0..ordered_lists {
        s.push_str(&format!(
            "<w:num w:numId=\"{}\"><w:abstractNumId w:val=\"1\"/>\
<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>",
            FIRST_ORDERED_NUM.saturating_add(i)
        ));
    }
    s.push_str("</w:numbering>");
    s
}

/// `word/settings.xml`: modern compatibility mode (so Word does not open the file in
/// "compatibility mode"), and lines ended by a line break are not stretched in
/// justified paragraphs.
pub fn settings(lang: Lang) -> String {
    format!(
        "{DECL}<w:settings {W_NS}><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"709\"/>\
<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:doNotExpandShiftReturn/>\
<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>\
</w:compat><w:themeFontLang w:val=\"{}\"/></w:settings>",
        lang_tag(lang)
    )
}

/// `word/header1.xml`: the draft mark, centred in bold grey capitals on every page.
pub fn header(mark: &str) -> String {
    let mut s = format!("{DECL}<w:hdr {W_NS}><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>");
    run(
        &mut s,
        mark,
        "<w:b/><w:bCs/><w:caps/><w:color w:val=\"8C8C8C\"/><w:spacing w:val=\"60\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>",
    );
    s.push_str("</w:p></w:hdr>");
    s
}

/// `word/footer1.xml`: the footer label on the left, "page / pages" on the right, and
/// a signed contract's stamp (version and fingerprint) on a line of its own under them.
pub fn footer(label: &str, stamp: Option<&str>) -> String {
    let mut s = format!("{DECL}<w:ftr {W_NS}><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>");
    run(&mut s, label, "");
    s.push_str(
        "<w:r><w:tab/></w:r>\
<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>\
<w:r><w:t xml:space=\"preserve\"> / </w:t></w:r>\
<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>",
    );
    if let Some(stamp) = stamp {
        s.push_str("<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>");
        run(&mut s, stamp, "");
        s.push_str("</w:p>");
    }
    s.push_str("</w:ftr>");
    s
}

/// `docProps/core.xml`: title, author, language and creation date.
pub fn core(meta: &Meta, lang: Lang) -> String {
    let mut s = format!(
        "{DECL}<cp:coreProperties \
xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" \
xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>"
    );
    escape_into(&mut s, &meta.title);
    s.push_str("</dc:title><dc:creator>");
    escape_into(&mut s, &meta.author);
    s.push_str("</dc:creator><dc:language>");
    s.push_str(lang_tag(lang));
    s.push_str("</dc:language>");
    if let Some(date) = w3cdtf(meta.created) {
        for tag in ["created", "modified"] {
            s.push_str(&format!("<dcterms:{tag} xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:{tag}>"));
        }
    }
    s.push_str("</cp:coreProperties>");
    s
}

/// `date` at midnight UTC as W3CDTF, or `None` for years W3CDTF cannot write.
fn w3cdtf(date: chrono::NaiveDate) -> Option<String> {
    let year = date.year();
    (1..=9999).contains(&year).then(|| format!("{year:04}-{:02}-{:02}T00:00:00Z", date.month(), date.day()))
}

/// `docProps/app.xml`: the producing application.
pub fn app() -> String {
    format!(
        "{DECL}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" \
xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">\
<Application>Cadre</Application><DocSecurity>0</DocSecurity></Properties>"
    )
}
