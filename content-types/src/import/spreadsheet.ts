/**
 * A spreadsheet of organisations, one per row, into a plan: each row read through the columns the editor
 * linked, checked with the CMS's input rules, its taxonomy values matched, compared with the CMS and the
 * rows above it. A row may carry one contact person (the Contactpersoon columns).
 */
import type { Field } from '../fields.ts';
import { CONSULTATION_CHANNELS, organisation } from '../model.ts';
import { fieldLabel, inputProblems, normalised, publishProblems } from './check.ts';
import { IMPORT_TARGETS, TARGETS_BY_KEY, isConsultationList, type ImportTarget } from './columns.ts';
import { importText } from './messages.ts';
import { PlanBuilder } from './plan.ts';
import type { Sheet } from './read.ts';
import { splitValues } from './taxonomy.ts';
import { cleanText, looksLikeFormula, matchKey } from './text.ts';
import type { ImportContext, ImportEntry, ImportMessage, ImportPlan, PlannedDocument } from './types.ts';
import { isEmpty, readAddressLine, readBoolean, readChoice, readDate, readNumber, readPageSlug, socialPlatform, textToBlocks, type Cell } from './values.ts';

/** Longer values than this are refused outright (field limits are checked by the rules). */
export const MAX_VALUE_LENGTH = 20_000;

export interface SpreadsheetMapping {
  /** The target key of each column (null: not imported), as suggestMapping gives it. */
  columns: (string | null)[];
  /** Values for every row whose cell is empty or not in the file, by target key (e.g. `legalForm: stichting`). */
  defaults?: Record<string, string>;
}

interface RowState {
  row: number;
  organisation: Record<string, unknown>;
  address: Record<string, unknown>;
  contact: Record<string, unknown>;
  messages: ImportMessage[];
  /** The column each field came from, by `field` or `address.field` / `contact.field`, for messages. */
  columnOf: Map<string, string>;
  /** Where to reach the organisation on its consultation channel (the consultation list's `kanaal_adres`). */
  channelAddress?: { text: string; column?: string; label: string };
}

const pathKey = (target: ImportTarget) =>
  target.field ? (target.field.on === 'organisation' ? target.field.name : `${target.field.on}.${target.field.name}`) : target.key;

function put(state: RowState, target: ImportTarget, value: unknown, column: string | undefined) {
  const { on, name } = target.field!;
  const into = on === 'organisation' ? state.organisation : on === 'address' ? state.address : state.contact;
  if (into[name] !== undefined && into[name] !== null) return;
  into[name] = value;
  if (column) state.columnOf.set(pathKey(target), column);
}

/** One cell as text, with what was cleaned out of it said in messages. */
function cellText(state: RowState, target: ImportTarget, cell: Cell, column: string | undefined, language: ImportContext['language'], multiline = false) {
  const label = target.label[language];
  const note = (level: ImportMessage['level'], text: string) => state.messages.push({ level, row: state.row, column, text });
  let raw: string;
  if (cell instanceof Date) raw = cell.toISOString().slice(0, 10);
  else if (typeof cell === 'number' && target.key.endsWith('phone') && /^\d{9}$/.test(String(cell))) {
    // A spreadsheet keeps 030 1234567 as the number 301234567.
    raw = `0${cell}`;
    note('warning', importText(language, 'phoneZero', { label, value: raw }));
  } else if (typeof cell === 'boolean') raw = importText(language, cell ? 'yes' : 'no');
  else raw = String(cell ?? '');
  if (raw.length > MAX_VALUE_LENGTH) {
    note('error', importText(language, 'tooLongText', { label, length: raw.length, max: MAX_VALUE_LENGTH }));
    return undefined;
  }
  if (looksLikeFormula(raw)) note('info', importText(language, 'formulaKept', { label }));
  const clean = cleanText(raw, { multiline });
  if (clean.html) note('warning', importText(language, 'htmlRemoved', { label }));
  if (clean.control) note('info', importText(language, 'controlRemoved', { label }));
  return clean.text || undefined;
}

function readTarget(builder: PlanBuilder, state: RowState, target: ImportTarget, cell: Cell, column: string | undefined) {
  const language = builder.language;
  const label = target.label[language];
  const error = (key: Parameters<typeof importText>[1], params: Record<string, unknown>) =>
    state.messages.push({ level: 'error', row: state.row, column, text: importText(language, key, { label, ...params }) });
  const warn = (key: Parameters<typeof importText>[1], params: Record<string, unknown>) =>
    state.messages.push({ level: 'warning', row: state.row, column, text: importText(language, key, { label, ...params }) });
  const text = cellText(state, target, cell, column, language, target.kind === 'paragraphs');
  if (text === undefined) return;
  switch (target.kind) {
    case 'text':
      return put(state, target, text, column);
    case 'paragraphs': {
      const blocks = (organisation.attributes[target.field!.name as keyof typeof organisation.attributes] as Field).attribute.type === 'blocks';
      return put(state, target, blocks ? textToBlocks(text) : text, column);
    }
    case 'integer': {
      const n = typeof cell === 'number' ? cell : readNumber(text);
      return n === undefined ? error('notNumber', { value: text }) : put(state, target, n, column);
    }
    case 'boolean': {
      const value = readBoolean(typeof cell === 'boolean' ? cell : text);
      return value === undefined ? error('notYesNo', { value: text }) : put(state, target, value, column);
    }
    case 'date': {
      const value = readDate(cell instanceof Date ? cell : text);
      return value === undefined ? error('notDate', { value: text }) : put(state, target, value, column);
    }
    case 'choice': {
      const value = readChoice(text, target.values!);
      return value === undefined ? warn('unknownChoice', { value: text, choices: target.values!.join(', ') }) : put(state, target, value, column);
    }
    case 'choices': {
      const values: string[] = [];
      for (const part of splitValues(text)) {
        const value = readChoice(part, target.values!);
        if (value === undefined) warn('unknownChoice', { value: part, choices: target.values!.join(', ') });
        else if (!values.includes(value)) values.push(value);
      }
      const items = target.key === 'channels' ? values.map((kind) => ({ kind })) : values.map((need) => ({ need, publicCall: false }));
      return items.length ? put(state, target, items, column) : undefined;
    }
    case 'term':
    case 'terms': {
      const ids = builder.terms(target.taxonomy!, text, { field: target.key, label, row: state.row, column, messages: state.messages });
      if (!ids.length) return;
      put(state, target, target.kind === 'term' ? ids[0] : ids, column);
      if (target.also) put(state, { ...target, field: { on: 'organisation', name: target.also } }, ids, column);
      return;
    }
    case 'links': {
      const urls = text.split(/[\s;,]+/).filter(Boolean);
      return put(
        state,
        target,
        urls.map((url) => ({ platform: socialPlatform(url), url })),
        column,
      );
    }
    case 'address-line': {
      const parts = readAddressLine(text);
      if (!parts) return warn('addressUnparsed', { value: text });
      for (const [name, value] of Object.entries(parts)) {
        if (value !== null && (state.address[name] === undefined || state.address[name] === null)) {
          state.address[name] = value;
          state.columnOf.set(`address.${name}`, column ?? label);
        }
      }
      return;
    }
    case 'page-url': {
      const slug = readPageSlug(text);
      if (slug) {
        state.organisation.slug = slug;
        if (column) state.columnOf.set('slug', column);
      }
      return;
    }
    case 'consultation-address':
      state.channelAddress = { text, column, label };
      return;
    case 'consultation-preference': {
      for (const part of text.split(/;|\n/).map((p) => p.trim())) {
        const weeks = /(\d{1,2})/.exec(part);
        const channel = readChoice(part, CONSULTATION_CHANNELS);
        if (weeks && state.organisation.consultationLeadTimeWeeks === undefined) {
          state.organisation.consultationLeadTimeWeeks = Number(weeks[1]);
          if (column) state.columnOf.set('consultationLeadTimeWeeks', column);
        } else if (channel && state.organisation.consultationChannel === undefined) {
          state.organisation.consultationChannel = channel;
          if (column) state.columnOf.set('consultationChannel', column);
        } else if (part) warn('unknownChoice', { value: part, choices: CONSULTATION_CHANNELS.join(', ') });
      }
      return;
    }
  }
}

const sameText = (a: unknown, b: string) => typeof a === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * What the consultation list's address on the channel adds to the organisation: nothing when it is the
 * organisation's own e-mail or phone; a link (WhatsApp) among its social links; its e-mail or phone when
 * that column was empty. An address for "via de koepel" is the koepel's: returned, to be found in the file.
 */
function readChannelAddress(state: RowState, language: ImportContext['language']): string | undefined {
  const found = state.channelAddress;
  if (!found) return undefined;
  const o = state.organisation;
  const { text, column, label } = found;
  if (sameText(o.email, text) || sameText(o.phone, text)) return undefined;
  if (/^https?:\/\//i.test(text)) {
    const links = (o.socialLinks as { platform: string; url: string }[] | undefined) ?? [];
    if (!links.some((l) => l.url === text)) o.socialLinks = [...links, { platform: socialPlatform(text), url: text }];
    if (column) state.columnOf.set('socialLinks', column);
    return undefined;
  }
  if (o.consultationChannel === 'via-koepel') return text;
  if (/@/.test(text) && !o.email) {
    o.email = text;
    if (column) state.columnOf.set('email', column);
  } else if (/^[+\d][\d\s()-]+$/.test(text) && !o.phone) {
    o.phone = text;
    if (column) state.columnOf.set('phone', column);
  } else state.messages.push({ level: 'warning', row: state.row, column, text: importText(language, 'channelAddressNotStored', { label, value: text }) });
  return undefined;
}

/** The file's column for a refused field (`['address', 'postcode']`), for the message. */
function columnFor(state: RowState, path: (string | number)[]): string | undefined {
  const [first, second] = path.map(String);
  return (
    state.columnOf.get(second && first === 'address' ? `address.${second}` : first) ?? (first === 'address' ? state.columnOf.get('address.street') : undefined)
  );
}

/**
 * The plan for a spreadsheet: one entry per row. A row without a name, or with a value the rules
 * refuse, is an error (the others go on); unknown taxonomy values and choices are left out and listed.
 */
export function planSpreadsheet(sheet: Sheet, mapping: SpreadsheetMapping, context: ImportContext, source: string): ImportPlan {
  const builder = new PlanBuilder(context, 'spreadsheet', source);
  const { language, now } = context;
  builder.plan.messages.push(...sheet.messages);
  const columnsOf = new Map<string, number>();
  mapping.columns.forEach((key, i) => {
    if (!key || !TARGETS_BY_KEY.has(key)) return;
    if (columnsOf.has(key)) {
      builder.plan.messages.push({
        level: 'warning',
        text: importText(language, 'columnTwice', {
          column: sheet.headers[columnsOf.get(key)!],
          other: sheet.headers[i],
          label: TARGETS_BY_KEY.get(key)!.label[language],
        }),
      });
    } else columnsOf.set(key, i);
  });
  const nameLabel = fieldLabel('organisation', 'name', language);
  if (!columnsOf.has('name') && !mapping.defaults?.name) {
    builder.plan.messages.push({ level: 'error', text: importText(language, 'noNameColumn', { label: nameLabel }) });
    return builder.finish();
  }
  const visibility = context.contactVisibility ?? 'hidden';
  const list = isConsultationList(sheet.headers);
  if (list) {
    builder.plan.messages.push({ level: 'info', text: importText(language, 'consultationList') });
    const seen = sheet.headers.find((header) => matchKey(header) === 'zichtbaarheid');
    if (seen) builder.plan.messages.push({ level: 'info', column: seen, text: importText(language, 'consultationListContacts', { column: seen }) });
  }
  /** The contact person of a row, or why it is left out (said in `messages`). */
  const contactOf = (state: RowState, ref: string, orgRef: string): PlannedDocument | undefined => {
    if (!Object.keys(state.contact).length) return undefined;
    const { row } = state;
    const contact: PlannedDocument = {
      ref,
      type: 'contact-person',
      label: String(state.contact.name ?? state.contact.email ?? ''),
      data: normalised('contact-person', { ...state.contact, visibility }),
      links: { organisation: [orgRef] },
    };
    const problems = [
      ...(state.contact.name ? [] : [importText(language, 'required', { label: fieldLabel('contact-person', 'name', language) })]),
      ...inputProblems('contact-person', contact.data, contact.links, language, now).map((p) => p.message),
    ];
    if (problems.length) {
      state.messages.push({
        level: 'warning',
        row,
        column: sheet.headers[columnsOf.get('contact.name') ?? columnsOf.get('contact.email') ?? -1],
        text: importText(language, 'dependentDropped', { what: importText(language, 'kind_contact'), name: contact.label, reason: problems.join(' ') }),
      });
      return undefined;
    }
    state.messages.push({
      level: 'info',
      row,
      text: importText(language, 'contactHidden', { name: contact.label, visibility: importText(language, `visibility_${visibility}`) }),
    });
    return contact;
  };
  /** Organisations of the consultation list that prefer to be asked through their koepel, by the koepel's address. */
  const throughKoepel: { entry: ImportEntry; address: string; column?: string; label: string; row: number }[] = [];
  /** The organisation of the row above (the CMS's consultation list has one line per contact person). */
  let above: { key: string; entry: ImportEntry; row: number } | undefined;

  for (const { row, cells } of sheet.rows) {
    const state: RowState = { row, organisation: {}, address: {}, contact: {}, messages: [], columnOf: new Map() };
    for (const target of IMPORT_TARGETS) {
      const index = columnsOf.get(target.key);
      const cell = index === undefined ? undefined : cells[index];
      if (!isEmpty(cell)) readTarget(builder, state, target, cell, sheet.headers[index!]);
      else if (mapping.defaults?.[target.key]) readTarget(builder, state, target, mapping.defaults[target.key], undefined);
    }
    // Everyone in the consultation list opted in to be consulted.
    if (list && state.organisation.consultationOptIn === undefined) state.organisation.consultationOptIn = true;
    const koepelAddress = readChannelAddress(state, language);
    const name = state.organisation.name as string | undefined;
    const sameAs = list && name ? `${String(state.organisation.slug ?? '')}\u0000${name}` : undefined;
    if (sameAs && above?.key === sameAs) {
      const contact = contactOf(state, `${above.entry.key}-contact-${row}`, above.entry.documents[0].ref);
      if (contact) above.entry.documents.push(contact);
      above.entry.messages.push({ level: 'info', row, text: importText(language, 'contactOfRowAbove', { row, first: above.row }) }, ...state.messages);
      if (state.messages.some((m) => m.level === 'error')) above.entry.status = 'error';
      continue;
    }
    if (!name)
      state.messages.push({
        level: 'error',
        row,
        column: sheet.headers[columnsOf.get('name') ?? -1],
        text: importText(language, 'required', { label: nameLabel }),
      });
    if (Object.keys(state.address).length) state.organisation.address = state.address;

    const ref = `row-${row}`;
    const main: PlannedDocument = { ref, type: 'organisation', label: name ?? `#${row}`, data: normalised('organisation', state.organisation), links: {} };
    for (const problem of inputProblems('organisation', main.data, {}, language, now)) {
      state.messages.push({ level: 'error', row, column: columnFor(state, problem.path), text: problem.message });
    }
    const documents = [main];
    const contact = contactOf(state, `${ref}-contact`, ref);
    if (contact) documents.push(contact);
    if (!state.messages.some((m) => m.level === 'error')) {
      for (const text of publishProblems('organisation', main.data, {}, language, now)) state.messages.push({ level: 'info', row, text });
    }
    const entry = builder.add(
      { key: ref, row, label: main.label, kind: 'organisation', documents, messages: state.messages },
      name
        ? {
            name,
            kvkNumber: main.data.kvkNumber as string,
            postcode: (main.data.address as { postcode?: string } | undefined)?.postcode,
            slug: main.data.slug as string,
          }
        : undefined,
    );
    if (koepelAddress) throughKoepel.push({ entry, address: koepelAddress, column: state.channelAddress?.column, label: state.channelAddress!.label, row });
    if (sameAs) above = { key: sameAs, entry, row };
  }

  // "Via de koepel": the list shows the koepel's address; the koepel is the organisation in the file with that address.
  const members = new Map<ImportEntry, ImportEntry[]>();
  for (const { entry, address, column, label, row } of throughKoepel) {
    const koepel = builder.plan.entries.find(
      (e) => e !== entry && e.kind === 'organisation' && (sameText(e.documents[0].data.email, address) || sameText(e.documents[0].data.phone, address)),
    );
    if (!koepel) {
      entry.messages.push({ level: 'warning', row, column, text: importText(language, 'koepelNotInFile', { label, address }) });
      continue;
    }
    (entry.documents[0].links.memberOf ??= []).push(koepel.documents[0].ref);
    // The list shows a koepel's address only for a membership the koepel confirmed (as the HSDS import takes it).
    (koepel.documents[0].links.confirmedMembers ??= []).push(entry.documents[0].ref);
    members.set(koepel, [...(members.get(koepel) ?? []), entry]);
    entry.messages.push({ level: 'info', row, column, text: importText(language, 'koepelFromAddress', { koepel: koepel.label, address }) });
  }
  for (const [koepel, list] of members)
    koepel.messages.push({
      level: 'info',
      row: koepel.row,
      text: importText(language, 'membersConfirmed', { names: list.map((e) => `‘${e.label}’`).join(', ') }),
    });
  return builder.finish();
}
