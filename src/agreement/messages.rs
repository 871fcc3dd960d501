//! The agreement's refusals said to the user, in French and English (as `i18n` does
//! for the interview): one sentence per case, each saying that nothing was touched
//! where that matters, and what to do.

use super::diff::ReviewError;
use super::frame::PayloadError;
use super::proposal::ProposalError;
use super::signature::SignatureError;
use crate::i18n::pick;
use crate::model::Lang;

/// Why a link or a file was refused.
pub fn payload(e: &PayloadError, lang: Lang) -> &'static str {
    let (fr, en) = match e {
        PayloadError::NotCadre => (
            "Ce lien ou ce fichier ne vient pas de Cadre\u{a0}: rien n’a été ouvert.",
            "This link or file does not come from Cadre: nothing was opened.",
        ),
        PayloadError::Truncated => (
            "Ce lien est incomplet\u{a0}: sa fin a été coupée en chemin (souvent par la messagerie). Copiez-le en entier, ou demandez le fichier .cadre.",
            "This link is incomplete: its end was cut on the way (often by the mail program). Copy all of it, or ask for the .cadre file.",
        ),
        PayloadError::Changed => (
            "Ce lien a été modifié en chemin\u{a0}: un caractère ne correspond plus. Rien n’a été ouvert\u{a0}; demandez un nouveau lien ou le fichier .cadre.",
            "This link was altered on the way: a character no longer matches. Nothing was opened; ask for a new link or the .cadre file.",
        ),
        PayloadError::Newer => (
            "Ce lien vient d’une version plus récente de Cadre\u{a0}: rechargez la page pour mettre Cadre à jour, puis rouvrez-le.",
            "This link comes from a newer version of Cadre: reload the page to update Cadre, then open it again.",
        ),
        PayloadError::OtherWording => (
            "Ce contrat a été préparé avec une autre version de Cadre, dont le texte diffère de celle-ci\u{a0}: rechargez la page, et demandez à l’expéditeur de recharger la sienne puis de vous le renvoyer.",
            "This contract was prepared with another version of Cadre whose text differs from this one: reload the page, and ask the sender to reload theirs and send it again.",
        ),
        PayloadError::WrongPassphrase => (
            "Cette phrase secrète n’ouvre pas ce contrat. Vérifiez-la auprès de la personne qui vous l’a envoyé.",
            "This passphrase does not open this contract. Check it with the person who sent it to you.",
        ),
        PayloadError::Unreadable(_) => (
            "Ce lien est intact mais son contenu n’est pas un contrat que Cadre sait lire\u{a0}: rien n’a été ouvert.",
            "This link is intact but its content is not a contract Cadre can read: nothing was opened.",
        ),
    };
    pick(lang, fr, en)
}

/// Why a client's answer cannot be reviewed.
pub fn review(e: &ReviewError, lang: Lang) -> &'static str {
    let (fr, en) = match e {
        ReviewError::DraftGone => (
            "Cette réponse concerne un brouillon qui n’est plus dans ce navigateur (supprimé, ou créé ailleurs). Aucun brouillon n’a été modifié.",
            "This answer is about a draft that is no longer in this browser (deleted, or made elsewhere). No draft was changed.",
        ),
        ReviewError::NotAnAnswer => (
            "Ce lien n’est pas la réponse d’un client\u{a0}: ouvrez-le comme une proposition ou un contrat signé.",
            "This link is not a client’s answer: open it as a proposal or a signed contract.",
        ),
        ReviewError::Proposal(p) => return proposal(p, lang),
    };
    pick(lang, fr, en)
}

/// Why a client's answer is refused as a whole.
pub fn proposal(e: &ProposalError, lang: Lang) -> &'static str {
    let (fr, en) = match e {
        ProposalError::ProviderOnly(_) => (
            "Cette réponse modifie des informations que seul le prestataire peut changer (son identité, le prix, le contenu de la mission)\u{a0}: elle est refusée et le brouillon n’a pas changé.",
            "This answer changes details only the provider may change (their identity, the price, the scope): it is refused and the draft has not changed.",
        ),
        ProposalError::Items => (
            "Cette réponse ajoute ou retire des livrables ou des échéances, ce que seul le prestataire peut faire\u{a0}: elle est refusée et le brouillon n’a pas changé.",
            "This answer adds or removes deliverables or instalments, which only the provider may do: it is refused and the draft has not changed.",
        ),
        ProposalError::CommentTooLong => (
            "Ce commentaire dépasse 2\u{a0}000 caractères\u{a0}: raccourcissez-le.",
            "This comment is over 2,000 characters: shorten it.",
        ),
    };
    pick(lang, fr, en)
}

/// Why a signature cannot be made.
pub fn signature(e: SignatureError, lang: Lang) -> &'static str {
    let (fr, en) = match e {
        SignatureError::NoName => ("Tapez votre nom complet pour signer.", "Type your full name to sign."),
        SignatureError::TooLong => ("Ce nom ou cette qualité est trop long.", "This name or capacity is too long."),
        SignatureError::Drawing => {
            ("Ce dessin de signature n’est pas lisible.", "This drawn signature cannot be read.")
        }
    };
    pick(lang, fr, en)
}

/// What a Cadre signature is, said honestly beside the button and on the signature page.
pub fn what_signing_is(lang: Lang) -> &'static str {
    pick(
        lang,
        "Signature électronique simple (règlement eIDAS, art.\u{a0}25\u{a0}; Code civil, art.\u{a0}1366-1367)\u{a0}: elle ne peut être écartée en justice au seul motif qu’elle est électronique, mais sa fiabilité n’est pas présumée. En cas de contestation, celui qui s’en prévaut doit prouver que le procédé identifie le signataire et garantit le lien de la signature avec le contrat et l’intégrité de celui-ci. L’annexe du PDF ne contient que ce que chaque signataire a saisi (nom, qualité, signature dessinée le cas échéant), la date et l’heure de son appareil et l’empreinte du texte\u{a0}; aucun tiers ne les vérifie ni ne les conserve\u{a0}: gardez le PDF signé. Pour un montant important, une partie que vous ne connaissez pas, une cession de droits d’auteur importante ou un contrat qui exige une signature avancée ou qualifiée, recourez à un prestataire de services de confiance (qualifié si une signature qualifiée est requise).",
        "Simple electronic signature (eIDAS Regulation, art. 25; French Civil Code, arts 1366-1367): a court cannot refuse it merely because it is electronic, but its reliability is not presumed. If it is challenged, whoever relies on it must prove that the process identifies the signer and guarantees the signature’s link with the contract and the contract’s integrity. The PDF’s annex holds only what each signer entered (name, capacity, drawn signature if any), the date and time of their device and the text’s fingerprint; no third party checks or keeps them: keep the signed PDF. For a large amount, a party you do not know, a significant assignment of copyright, or a contract that requires an advanced or qualified signature, use a trust service provider (a qualified one if a qualified signature is required).",
    )
}
