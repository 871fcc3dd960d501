//! What blocks a contract, said to the user: one sentence per `ProblemKind`, in the
//! interface language (validation names the problem; this words it).

use super::pick;
use crate::model::money::NumberError;
use crate::model::Lang;
use crate::validate::ProblemKind;

/// A sentence the user can act on.
pub fn message(kind: &ProblemKind, lang: Lang) -> String {
    use ProblemKind::*;
    let (fr, en) = match kind {
        // The deliverable named, in the interface's quotation marks.
        DueAfterEnd { deliverable } => {
            return match lang {
                Lang::Fr => format!("Le livrable «\u{a0}{deliverable}\u{a0}» est dû après la fin de la mission\u{a0}: avancez sa date, ou repoussez la fin (étape «\u{a0}Calendrier\u{a0}»)."),
                Lang::En => format!("The deliverable “{deliverable}” is due after the end of the mission: bring its date forward, or move the end later (step “Schedule”)."),
            }
        }
        EndBeforeDue { deliverable } => {
            return match lang {
                Lang::Fr => format!("Le livrable «\u{a0}{deliverable}\u{a0}» est dû après cette date de fin\u{a0}: repoussez la fin, ou avancez sa date (étape «\u{a0}La mission\u{a0}»)."),
                Lang::En => format!("The deliverable “{deliverable}” is due after this end date: move the end later, or bring its date forward (step “The assignment”)."),
            }
        }
        Required => ("Ce champ est nécessaire au contrat.", "The contract needs this field."),
        Number(NumberError::Empty) => ("Indiquez un nombre.", "Enter a number."),
        Number(NumberError::NotANumber) => ("Ce n’est pas un nombre : tapez par exemple 1 200 ou 1 200,50.", "This is not a number: type for example 1,200 or 1,200.50."),
        Number(NumberError::Negative) => ("Le nombre ne peut pas être négatif.", "The number cannot be negative."),
        Number(NumberError::TooManyDecimals) => ("Deux décimales au plus.", "Two decimals at most."),
        Number(NumberError::TooLarge) => ("Ce nombre est trop grand.", "This number is too large."),
        Date => ("Date invalide : choisissez-la dans le calendrier.", "Invalid date: pick it in the calendar."),
        Email => ("Adresse e-mail invalide (exemple : nom@domaine.fr).", "Invalid e-mail address (e.g. name@domain.com)."),
        Siren => ("Ce numéro n’est ni un SIREN (9 chiffres) ni un SIRET (14 chiffres) valide\u{a0}: vérifiez le nombre de chiffres et chacun d’eux (le dernier est une clé de contrôle).", "This is not a valid SIREN (9 digits) or SIRET (14 digits): check the number of digits and each digit (the last one is a check digit)."),
        PercentOver100 => ("Un pourcentage ne peut pas dépasser 100 %.", "A percentage cannot exceed 100%."),
        DepositOverPrice => ("L’acompte dépasse le prix total.", "The deposit exceeds the total price."),
        ScheduleOver100 => ("L’acompte et les échéances dépassent ensemble 100 % du prix.", "The deposit and instalments add up to more than 100% of the price."),
        ZeroPrice => ("Indiquez un prix, ou choisissez « gratuit ».", "Enter a price, or choose “free of charge”."),
        EndBeforeStart => ("La date de fin précède la date de début.", "The end date is before the start date."),
        TermTooLong => ("Interdit entre professionnels : 60 jours après la facture au plus, ou 45 jours fin de mois (Code de commerce, art. L441-10).", "Not allowed between businesses: at most 60 days from the invoice, or 45 days end of month (French Commercial Code, art. L441-10)."),
        StartInWithdrawalPeriod => ("Cette date tombe pendant les 14 jours de rétractation du client : choisissez une date plus tardive, ou proposez-lui de demander un début anticipé (étape « Votre client »).", "This date falls within the client’s 14-day withdrawal period: choose a later date, or offer the client to ask for an early start (step “Your client”)."),
        DecennaleRequired => ("Des travaux de bâtiment imposent une assurance de responsabilité civile décennale (Code des assurances, art. L241-1).", "Building works require a ten-year liability insurance (assurance décennale, French Insurance Code, art. L241-1)."),
        ZeroCount => ("Indiquez au moins 1.", "Enter at least 1."),
    };
    pick(lang, fr, en).to_string()
}
