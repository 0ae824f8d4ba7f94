/**
 * The import's own words, Dutch and English, for the Redacteur reading the preview. Input rules have
 * their messages in ../validation.ts; these say what the import did or could not do with a value.
 */
import { fill, type Language } from '../validation.ts';

const MESSAGES = {
  nl: {
    // The file as a whole
    unreadable: 'Dit bestand kan niet worden gelezen: {reason}',
    unknownFormat:
      'Kies een CSV-bestand, een Excel-bestand (.xlsx), een HSDS-bestand (.json) of een HSDS-datapakket (datapackage.json met de CSV-bestanden, of een .zip).',
    empty: 'Het bestand bevat geen rijen met gegevens.',
    tooManyRows: 'Het bestand heeft {count} rijen; er kunnen er ten hoogste {max} tegelijk worden ingelezen. Verdeel het over meer bestanden.',
    noNameColumn: 'Geen kolom gekoppeld aan ‘{label}’. Koppel de kolom met de naam van de organisatie.',
    columnTwice: 'Kolom ‘{column}’ en kolom ‘{other}’ zijn allebei gekoppeld aan ‘{label}’; alleen ‘{column}’ wordt gebruikt.',
    sheetChosen: 'Het bestand heeft {count} werkbladen; het eerste met gegevens (‘{sheet}’) is gebruikt.',
    notJson: 'Dit is geen geldig JSON-bestand ({reason}).',
    notHsds: 'Dit JSON-bestand heeft geen tabel ‘organizations’ met organisaties, zoals HSDS 3.0 die heeft.',
    tableNotList: 'Tabel ‘{table}’ is geen lijst; de tabel is overgeslagen.',
    recordNotObject: 'Rij {row} van tabel ‘{table}’ is geen record; overgeslagen.',
    missingTableFile: 'Het datapakket noemt ‘{path}’, maar dat bestand is niet meegestuurd; tabel ‘{table}’ is overgeslagen.',
    otherLanguage: 'Dit bestand is in taal ‘{language}’; de teksten worden opgeslagen als {target} versie.',
    // Values
    required: '{label}: dit veld is leeg; een organisatie zonder {label} kan niet worden ingelezen.',
    requiredFor: '{label} ontbreekt. Vul dit aan voordat je publiceert.',
    beforePublishing: 'Voordat je publiceert: {message}',
    unknownValue: '{label}: ‘{value}’ staat niet in de lijst. Voeg het eerst toe aan de lijst, of pas het bestand aan. De rest van de rij wordt wel ingelezen.',
    unknownChoice: '{label}: ‘{value}’ is geen keuze. Kies uit: {choices}.',
    notYesNo: '{label}: ‘{value}’ is geen ja of nee.',
    notNumber: '{label}: ‘{value}’ is geen getal.',
    notDate: '{label}: ‘{value}’ is geen datum (gebruik bijvoorbeeld 2026-03-01 of 1-3-2026).',
    tooLongText: '{label}: de tekst is {length} tekens lang; ten hoogste {max} kunnen worden ingelezen.',
    htmlRemoved: '{label}: HTML-code is weggehaald; alleen de tekst is overgenomen.',
    controlRemoved: '{label}: onzichtbare tekens zijn weggehaald.',
    wrongType: '{label}: verwacht {expected}, maar het bestand heeft {actual}.',
    phoneZero: '{label}: het nummer stond als getal in het bestand; er is een 0 voor gezet ({value}).',
    formulaKept: '{label}: de cel begon met een formule-teken; de tekst is overgenomen zonder de formule uit te voeren.',
    addressUnparsed: '{label}: ‘{value}’ kan niet in straat, huisnummer en postcode worden gesplitst.',
    summaryFromDescription: 'Korte beschrijving: de eerste alinea van de beschrijving is gebruikt.',
    // Address lookup
    addressFound: 'Adres gecontroleerd: straat, plaats, wijk en ligging zijn ingevuld.',
    addressNotFound: 'Adres: {postcode} {number} staat niet in de landelijke adreslijst. Het adres is opgeslagen zoals in het bestand.',
    addressUnreachable:
      'Adres: de adresdienst was niet bereikbaar; het adres is opgeslagen zoals in het bestand. Sla het later nog eens op om het opnieuw te controleren.',
    wijkFromAddress: 'Gevestigd in wijk: volgens het adres is dit {wijk}.',
    // Duplicates
    duplicateKvk: 'Staat al in het CMS: ‘{name}’ heeft hetzelfde KvK-nummer.',
    duplicateSlug: 'Staat al in het CMS: ‘{name}’ heeft hetzelfde webadres.',
    duplicateName: 'Lijkt op ‘{name}’ in het CMS (naam {score} % gelijk, zelfde postcode).',
    duplicateSameName: 'Lijkt op ‘{name}’ in het CMS (dezelfde naam).',
    duplicateInFile: 'Komt ook voor in rij {row} van dit bestand (‘{name}’).',
    mergeConflict: '{label}: het CMS heeft ‘{current}’, het bestand ‘{value}’; bij samenvoegen blijft ‘{current}’.',
    // HSDS
    brokenReference: '{what} ‘{name}’ verwijst naar {target} ‘{id}’, die niet in het bestand staat; niet ingelezen.',
    duplicateId: 'Tabel ‘{table}’ heeft id ‘{id}’ twee keer; de tweede is overgeslagen.',
    notImported: 'Niet ingelezen: {what}. Het model van de MZO-gids heeft er geen plek voor.',
    emptyInSource: 'Blijft leeg (staat niet in het bestand): {fields}.',
    dependentDropped: '{what} ‘{name}’ wordt niet ingelezen: {reason}',
    extraSchedule: '{what} ‘{name}’ heeft meer dan één rooster; alleen het eerste is ingelezen.',
    noStartDate: '{what} ‘{name}’: het rooster heeft geen begindatum; Begint op blijft leeg. Vul het aan voordat je publiceert.',
    noSchedule: '{what} ‘{name}’ heeft geen rooster; Begint op blijft leeg. Vul het aan voordat je publiceert.',
    inactiveService: '{what} ‘{name}’ heeft status ‘{status}’ en wordt niet ingelezen.',
    roomOfSkipped: 'Ruimte van een organisatie die niet wordt ingelezen',
    // Relations between organisations
    membersConfirmed:
      'Bevestigde leden: {names}. Het bestand zegt dat zij lid zijn; dat neemt het inlezen over als bevestigd. Op de website zodra beide organisaties gepubliceerd zijn.',
    partnerOneSided:
      'Partner ‘{other}’: alleen deze organisatie noemt die partner in het bestand. Op de website pas als ‘{other}’ ook ‘{name}’ als partner noemt.',
    // The consultation list (/raadplegen/ and the CMS screen Raadplegen) read back
    consultationList:
      'Dit is een lijst ‘Wie kun je raadplegen?’ uit de MZO-gids. Iedereen in de lijst wil meedenken met de gemeente; dat wordt overgenomen. De thema’s en talen om mee te denken worden ook de thema’s en talen van de organisatie. De wijken komen bij ‘Actief in wijken’. Niet in de lijst, dus leeg: de korte beschrijving, de rechtsvorm, het adres en de rest van het profiel. Vul die aan voordat je publiceert.',
    consultationListContacts:
      'Rijen van dezelfde organisatie worden één organisatie met meer contactpersonen. De kolom ‘{column}’ wordt niet ingelezen: elke contactpersoon is eerst alleen zichtbaar voor de redactie.',
    contactOfRowAbove: 'Rij {row} is dezelfde organisatie als rij {first}; alleen de contactpersoon van rij {row} is toegevoegd.',
    koepelFromAddress: 'Lid van ‘{koepel}’: ‘{address}’ is het adres van die koepelorganisatie in dit bestand.',
    koepelNotInFile:
      '{label}: ‘{address}’ is het adres van de koepelorganisatie, maar die staat niet in dit bestand. Kies na het inlezen de koepel bij ‘Lid van’. De koepel moet het lidmaatschap bevestigen.',
    channelAddressNotStored: '{label}: ‘{value}’ is niet het e-mailadres of telefoonnummer van de organisatie en wordt niet ingelezen.',
    // Contacts
    contactHidden: 'Contactpersoon ‘{name}’: zichtbaar voor {visibility}, zonder toestemming. Alleen een redacteur kan dat later veranderen.',
    visibility_hidden: 'alleen de redactie',
    visibility_officials: 'de redactie en medewerkers van de gemeente',
    // Kinds of records, for the messages above
    kind_organisation: 'Organisatie',
    kind_activity: 'Activiteit',
    kind_room: 'Ruimte',
    kind_contact: 'Contactpersoon',
    kind_service: 'Dienst',
    kind_location: 'Locatie',
    // Import notes
    sourceNote: 'Ingelezen op {date} uit ‘{file}’ ({where}) door {user}.',
    sourceRow: 'rij {row}',
    sourceRecord: 'record {id}',
    yes: 'ja',
    no: 'nee',
  },
  en: {
    unreadable: 'This file cannot be read: {reason}',
    unknownFormat: 'Choose a CSV file, an Excel file (.xlsx), an HSDS file (.json) or an HSDS data package (datapackage.json with its CSV files, or a .zip).',
    empty: 'The file has no rows with data.',
    tooManyRows: 'The file has {count} rows; at most {max} can be read at once. Split it into more files.',
    noNameColumn: 'No column is linked to ‘{label}’. Link the column with the organisation’s name.',
    columnTwice: 'Columns ‘{column}’ and ‘{other}’ are both linked to ‘{label}’; only ‘{column}’ is used.',
    sheetChosen: 'The file has {count} sheets; the first one with data (‘{sheet}’) was used.',
    notJson: 'This is not a valid JSON file ({reason}).',
    notHsds: 'This JSON file has no ‘organizations’ table of organisations, as HSDS 3.0 has.',
    tableNotList: 'Table ‘{table}’ is not a list; the table was skipped.',
    recordNotObject: 'Row {row} of table ‘{table}’ is not a record; skipped.',
    missingTableFile: 'The data package names ‘{path}’, but that file was not sent; table ‘{table}’ was skipped.',
    otherLanguage: 'This file is in language ‘{language}’; its texts are stored as the {target} version.',
    required: '{label}: this field is empty; an organisation without {label} cannot be imported.',
    requiredFor: '{label} is missing. Fill it in before publishing.',
    beforePublishing: 'Before publishing: {message}',
    unknownValue: '{label}: ‘{value}’ is not in the list. Add it to the list first, or change the file. The rest of the row is imported.',
    unknownChoice: '{label}: ‘{value}’ is not a choice. Choose from: {choices}.',
    notYesNo: '{label}: ‘{value}’ is not yes or no.',
    notNumber: '{label}: ‘{value}’ is not a number.',
    notDate: '{label}: ‘{value}’ is not a date (use e.g. 2026-03-01 or 1-3-2026).',
    tooLongText: '{label}: the text is {length} characters long; at most {max} can be imported.',
    htmlRemoved: '{label}: HTML code was removed; only the text was kept.',
    controlRemoved: '{label}: invisible characters were removed.',
    wrongType: '{label}: expected {expected}, but the file has {actual}.',
    phoneZero: '{label}: the number was stored as a number in the file; a 0 was put in front ({value}).',
    formulaKept: '{label}: the cell started with a formula sign; the text was kept without running the formula.',
    addressUnparsed: '{label}: ‘{value}’ cannot be split into street, house number and postcode.',
    summaryFromDescription: 'Summary: the first paragraph of the description was used.',
    addressFound: 'Address checked: street, city, wijk and location were filled in.',
    addressNotFound: 'Address: {postcode} {number} is not in the national address list. The address was stored as in the file.',
    addressUnreachable: 'Address: the address service could not be reached; the address was stored as in the file. Save it again later to check it again.',
    wijkFromAddress: 'Located in wijk: according to the address this is {wijk}.',
    duplicateKvk: 'Already in the CMS: ‘{name}’ has the same KvK number.',
    duplicateSlug: 'Already in the CMS: ‘{name}’ has the same web address.',
    duplicateName: 'Looks like ‘{name}’ in the CMS (name {score} % the same, same postcode).',
    duplicateSameName: 'Looks like ‘{name}’ in the CMS (the same name).',
    duplicateInFile: 'Also in row {row} of this file (‘{name}’).',
    mergeConflict: '{label}: the CMS has ‘{current}’, the file ‘{value}’; merging keeps ‘{current}’.',
    brokenReference: '{what} ‘{name}’ refers to {target} ‘{id}’, which is not in the file; not imported.',
    duplicateId: 'Table ‘{table}’ has id ‘{id}’ twice; the second was skipped.',
    notImported: 'Not imported: {what}. The MZO-gids model has no place for it.',
    emptyInSource: 'Stays empty (not in the file): {fields}.',
    dependentDropped: '{what} ‘{name}’ is not imported: {reason}',
    extraSchedule: '{what} ‘{name}’ has more than one schedule; only the first was imported.',
    noStartDate: '{what} ‘{name}’: the schedule has no start date; Starts at stays empty. Fill it in before publishing.',
    noSchedule: '{what} ‘{name}’ has no schedule; Starts at stays empty. Fill it in before publishing.',
    inactiveService: '{what} ‘{name}’ has status ‘{status}’ and is not imported.',
    roomOfSkipped: 'Room of an organisation that is not imported',
    membersConfirmed:
      'Confirmed members: {names}. The file says they are members; the import takes that over as confirmed. On the website once both organisations are published.',
    partnerOneSided:
      'Partner ‘{other}’: only this organisation names that partner in the file. On the website only once ‘{other}’ names ‘{name}’ as a partner too.',
    consultationList:
      'This is a list ‘Whom can you consult?’ from the MZO-gids. Everyone in it wants to be consulted by the municipality; that is taken over. The consultation themes and languages also become the organisation’s themes and languages. The wijken go under ‘Active in wijken’. Not in the list, so empty: the summary, the legal form, the address and the rest of the profile. Fill them in before publishing.',
    consultationListContacts:
      'Rows of the same organisation become one organisation with more contact people. Column ‘{column}’ is not imported: every contact person is first visible to the editors only.',
    contactOfRowAbove: 'Row {row} is the same organisation as row {first}; only the contact person of row {row} is added.',
    koepelFromAddress: 'Member of ‘{koepel}’: ‘{address}’ is the address of that umbrella organisation in this file.',
    koepelNotInFile:
      '{label}: ‘{address}’ is the umbrella organisation’s address, but it is not in this file. After importing, choose the umbrella under ‘Member of’. The umbrella has to confirm the membership.',
    channelAddressNotStored: '{label}: ‘{value}’ is not the organisation’s e-mail address or phone number and is not imported.',
    contactHidden: 'Contact ‘{name}’: visible to {visibility}, without consent. Only an editor can change that later.',
    visibility_hidden: 'editors only',
    visibility_officials: 'editors and municipal staff',
    kind_organisation: 'Organisation',
    kind_activity: 'Activity',
    kind_room: 'Room',
    kind_contact: 'Contact',
    kind_service: 'Service',
    kind_location: 'Location',
    sourceNote: 'Imported on {date} from ‘{file}’ ({where}) by {user}.',
    sourceRow: 'row {row}',
    sourceRecord: 'record {id}',
    yes: 'yes',
    no: 'no',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type ImportMessageKey = keyof (typeof MESSAGES)['nl'];

/** The import's message for `key` in `language`, placeholders filled. */
export function importText(language: Language, key: ImportMessageKey, params: Record<string, unknown> = {}): string {
  return fill(MESSAGES[language][key], params);
}
