/**
 * Contacts and selection steps: roles written before a name, sub-labels, department desks, one
 * person seen twice, and step labels that run past the step's noun. Positive and negative tables;
 * fixed clock (2026-01-20).
 */
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../src/model/facts';
import { contactsIn, contactsInBlock } from '../../../src/extract/fields/contacts';
import { factsOf } from './helpers';

const person = (name: string | null, role: string | null, phone: string | null, email: string | null): Contact => ({ name, role, phone, email });

describe('roles written before a German name', () => {
  it.each([
    [
      // A second person sharing the first one's verb; "bei" puts the adjective in the dative.
      'Für fachliche Fragen steht Ihnen Herr Mertens ( 05691 801-153) und bei personellen Fragen Herr Kalhöfer ( 05691 801-181) gerne zur Verfügung.',
      [person('Mertens', 'fachliche Fragen', '+495691801153', null), person('Kalhöfer', 'personelle Fragen', '+495691801181', null)],
    ],
    [
      'Bei fachlichen Fragen zum Anforderungsprofil wenden Sie sich bitte an die Abteilungsleitung 6 Herrn Seidel Tel. 04841 996 100.',
      [person('Seidel', 'Abteilungsleitung 6', '+494841996100', null)],
    ],
    [
      'Bei allgemeinen Fragen zum Verfahren steht Ihnen Frau Wenzel unter Tel.: 089 2176-2117 zur Verfügung.',
      [person('Wenzel', 'allgemeine Fragen zum Verfahren', '+498921762117', null)],
    ],
    [
      'Für beamten- oder tarifrechtliche Fragen sowie Fragen zum Verfahren steht Ihnen Frau Leeb-Paetsch Tel. 0431 383 2861 gern zur Verfügung.',
      [person('Leeb-Paetsch', 'beamten- oder tarifrechtliche Fragen sowie Fragen zum Verfahren', '+494313832861', null)],
    ],
    [
      'Fragen zum Online-Bewerbungsverfahren und Auswahlverfahren richten Sie bitte an Frau Stüber, Telefon 05105/774-2456.',
      [person('Stüber', 'Fragen zum Online-Bewerbungsverfahren und Auswahlverfahren', '+4951057742456', null)],
    ],
    // The role in apposition after "steht Ihnen", closed by a comma.
    [
      'Für Fragen und Informationen zum Aufgabenprofil steht Ihnen die Leitung des Ordnungsamtes, Frau Manegold, Telefon: 05105/774-2292, zur Verfügung.',
      [person('Manegold', 'Leitung des Ordnungsamtes', '+4951057742292', null)],
    ],
  ])('%s', (sentence, contacts) => {
    expect(contactsIn(sentence, 'de')).toEqual(contacts);
  });

  it.each([
    // Questions in general name no role, coordinated or not.
    ['Für fachliche Fragen steht Ihnen Herr Mertens (05691 801-153) und bei Rückfragen Herr Kalhöfer (05691 801-181) zur Verfügung.', 'Kalhöfer'],
    // No apposition: the name follows "an" directly.
    ['Bitte wenden Sie sich an Herrn Seidel, Tel. 04841 996 100.', 'Seidel'],
    // "für" inside running text, not opening a clause.
    ['Wir danken für Ihr Interesse und Herr Braun ist unter 089 6221-4326 erreichbar.', 'Braun'],
    // What is sent to a person is no role of theirs.
    ['Bitte richten Sie Ihre Bewerbung an Frau Stüber, Telefon 05105/774-2456.', 'Stüber'],
    // "steht Ihnen" right before the name: no apposition.
    ['Für Rückfragen steht Ihnen Frau Manegold, Telefon: 05105/774-2292, zur Verfügung.', 'Manegold'],
  ])('no role in %s', (sentence, name) => {
    const found = contactsIn(sentence, 'de').find((c) => c.name === name);
    expect(found).toBeDefined();
    expect(found!.role).toBeNull();
  });
});

describe('sub-labels in a contact block', () => {
  it.each([
    [
      ['Hiring manager :', 'Name : Tom Whitfield', 'Email : tom.whitfield@justice.gov.uk', 'Telephone : 0113 496 0417', 'Recruitment team :', 'Email : SSCL Recruitment Enquiries (moj-recruitment@justice.gov.uk)'],
      '',
      [person('Tom Whitfield', 'Hiring manager', '+441134960417', 'tom.whitfield@justice.gov.uk')],
    ],
    // The heading of the block is the sub-label.
    [['Name : Priya Natarajan', 'Telephone : 020 7946 0958'], 'Hiring manager :', [person('Priya Natarajan', 'Hiring manager', '+442079460958', null)]],
    // A role line under the name is more precise than the label.
    [['Questions about the role:', 'Marcus Bell', 'Human Resources Specialist', 'Phone: 020 7946 0958'], '', [person('Marcus Bell', 'Human Resources Specialist', '+442079460958', null)]],
  ])('%j under %j', (lines, label, contacts) => {
    expect(contactsInBlock(lines, 'uk', label)).toEqual(contacts);
  });

  it.each([
    // A plain contact label names no role.
    [['Contact :', 'Name : Tom Whitfield', 'Telephone : 0113 496 0417'], ''],
    [['Name : Tom Whitfield', 'Telephone : 0113 496 0417'], 'Contact point for applicants :'],
    [['Name : Tom Whitfield', 'Telephone : 0113 496 0417'], 'Contact us:'],
    // Civil Service Jobs' heading of the block is no one's role.
    [['Name : Tom Whitfield', 'Telephone : 0113 496 0417'], 'Job contact :'],
    // A heading without a colon is no label of people ("Meer weten?").
    [['Name : Tom Whitfield', 'Telephone : 0113 496 0417'], 'Job contact'],
  ])('no role in %j under %j', (lines, label) => {
    expect(contactsInBlock(lines, 'uk', label)).toEqual([person('Tom Whitfield', null, '+441134960417', null)]);
  });

  it('gives what follows a new sub-label to no earlier person', () => {
    expect(contactsInBlock(['Hiring manager :', 'Name : Tom Whitfield', 'Email : tom.whitfield@justice.gov.uk', 'Recruitment team :', 'Telephone : 0113 496 0999'], 'uk')).toEqual([
      person('Tom Whitfield', 'Hiring manager', null, 'tom.whitfield@justice.gov.uk'),
    ]);
  });

  it("reads the people under Civil Service Jobs' sub-label heading, with no role from it", () => {
    const f = factsOf('<h3>Contact point for applicants</h3><h4>Job contact :</h4><ul><li>Name : Priya Natarajan</li><li>Email : priya.natarajan@education.gov.uk</li><li>Telephone : 020 7946 0958</li></ul><h4>Recruitment team</h4><ul><li>Email : dfe.recruitment@education.gov.uk</li></ul>', 'https://www.civilservicejobs.service.gov.uk/csr/jobs.cgi?jcode=1', 'en');
    expect(f.contacts).toEqual([person('Priya Natarajan', null, '+442079460958', 'priya.natarajan@education.gov.uk')]);
  });
});

describe('the contact items of an interamt sidebar', () => {
  const url = 'https://www.interamt.de/koop/app/stelle?id=1';
  const item = (term: string, desc: string) => `<li><span class="ia-m-desc-list__list-term">${term}</span> <span class="ia-m-desc-list__list-desc">${desc}</span></li>`;

  it.each([
    [
      // The employer under a person ("Stadt Bad Schwartau", "Landeshauptstadt Kiel") is no person.
      `<ul>${item('Behörde', 'Landeshauptstadt Kiel')}</ul><h3>Kontakt</h3><ul>${item('Ansprechpartner', 'Frau Susanne Neve<br>Landeshauptstadt Kiel')}${item('Telefonnummer', '+49 431 9014330')}</ul>`,
      [person('Susanne Neve', null, '+494319014330', null)],
    ],
    [
      // "Weiterer Ansprechpartner" opens a second person, with labels of their own.
      `<h3>Kontakt</h3><ul>${item('Ansprechpartner', 'Frau  Simone Linnemann<br>Stadt Bad Schwartau<br>23611 Bad Schwartau')}${item('Telefonnummer', '+49 451 2000-2021')}${item('Weiterer Ansprechpartner', 'Herr Matthias Benn<br>Stadt Bad Schwartau<br>23611 Bad Schwartau')}${item('Telefonnummer', '+49 451 2000-2026')}</ul>`,
      [person('Simone Linnemann', null, '+4945120002021', null), person('Matthias Benn', null, '+4945120002026', null)],
    ],
  ])('%s', (html, contacts) => {
    expect(factsOf(html, url, 'de').contacts).toEqual(contacts);
  });
});

describe('mailboxes and departments', () => {
  it.each([
    [
      'Vragen? Contacteer Leen Janssen, bibliothecaris, 03 650 02 95, leen.janssen@brasschaat.be, of de personeelsdienst: 03 650 02 21, personeel@brasschaat.be.',
      [person('Leen Janssen', 'bibliothecaris', '+3236500295', 'leen.janssen@brasschaat.be'), person(null, 'personeelsdienst', '+3236500221', 'personeel@brasschaat.be')],
    ],
    ['Neem contact op met de personeelsdienst via 03 650 02 21 of personeel@brasschaat.be.', [person(null, 'personeelsdienst', '+3236500221', 'personeel@brasschaat.be')]],
    [
      'Rachid El Amrani, teamleider Arbo Midden, 03 240 58 39 of de HR-afdeling: 03 650 02 21, hr@example.be',
      [person('Rachid El Amrani', 'teamleider Arbo Midden', '+3232405839', null), person(null, 'HR-afdeling', '+3236500221', 'hr@example.be')],
    ],
    // The department names the desk of a person still waiting for a number: it is theirs.
    ['Neem contact op met Jan Peeters bij de personeelsdienst: 03 650 02 21, jan.peeters@brasschaat.be.', [person('Jan Peeters', null, '+3236500221', 'jan.peeters@brasschaat.be')]],
  ])('%s', (sentence, contacts) => {
    expect(contactsIn(sentence, 'be')).toEqual(contacts);
  });

  it.each([
    // A mailbox alone is how to apply, not whom to ask; so is a department with only an address.
    ['Email : SSCL Recruitment Enquiries (moj-recruitment-vetting-enquiries@justice.gov.uk)'],
    ['Mail naar de personeelsdienst: personeel@brasschaat.be.'],
    ['Bel de personeelsdienst: 03 650 02 21.'],
    // "de dienst" says not which one.
    ['Je kan ook bellen met de dienst: 03 650 02 21 of mailen naar info@brasschaat.be'],
  ])('none in %s', (sentence) => {
    expect(contactsIn(sentence, 'be')).toEqual([]);
  });
});

describe('one person seen twice', () => {
  const sidebar = (name: string, email: string) => `<h3>Kontakt</h3><p>Ansprechpartner</p><p>${name}</p><p>E-Mail</p><p>${email}</p><p>Telefonnummer</p><p>+49 89 21763666</p>`;
  const url = 'https://www.interamt.de/koop/app/stelle?id=1';

  it('merges the surname in a sentence with the full name of the block; the sentence gives the phone and role', () => {
    const f = factsOf(`<p>Bei Fragen zum Bewerbungsverfahren steht Ihnen gerne Frau Wenzel unter Tel.: 089 2176-2117 zur Verfügung.</p>${sidebar('Frau Chris Wenzel', 'chris.wenzel@reg-ob.bayern.de')}`, url, 'de');
    expect(f.contacts).toEqual([person('Chris Wenzel', 'Fragen zum Bewerbungsverfahren', '+498921762117', 'chris.wenzel@reg-ob.bayern.de')]);
  });

  it.each([
    // Another surname is another person.
    [`<p>Bei Fragen zum Bewerbungsverfahren steht Ihnen gerne Frau Braun unter Tel.: 089 2176-2117 zur Verfügung.</p>${sidebar('Frau Chris Wenzel', 'chris.wenzel@reg-ob.bayern.de')}`, 2],
    // Two numbers in running text for the same surname: nothing says which is right, both stay.
    ['<p>Fachliche Fragen beantwortet Ihnen Herr Haffner, Tel.: 089 6221-2600.</p><p>Personelle Fragen beantwortet Ihnen Herr Jonas Haffner, Tel.: 089 6221-4326.</p>', 2],
  ])('keeps two people in %s', (html, count) => {
    expect(factsOf(html, url, 'de').contacts).toHaveLength(count);
  });
});

describe('step labels', () => {
  it.each([
    ['<ul><li>Praktische proef op het terrein: 3 maart</li><li>Selectiegesprek: 17 maart</li></ul>', [{ date: '2026-03-03', label: 'Praktische proef op het terrein' }, { date: '2026-03-17', label: 'Selectiegesprek' }]],
    ['<ul><li>Eventuele redeneertest: 3 februari 2026</li></ul>', [{ date: '2026-02-03', label: 'Eventuele redeneertest' }]],
    // A clause that does not open with the step keeps the step's noun phrase.
    ['<ul><li>Datum van het interview: 3 maart 2026</li></ul>', [{ date: '2026-03-03', label: 'Interview' }]],
    // Clause punctuation or no colon: not a label line.
    ['<ul><li>Praktische proef, in groep: 3 maart 2026</li></ul>', [{ date: '2026-03-03', label: 'Praktische proef' }]],
    ['<p>De praktische proef op het terrein vindt plaats op 3 maart 2026.</p>', [{ date: '2026-03-03', label: 'Praktische proef' }]],
  ])('%s', (html, events) => {
    expect(factsOf(html).events).toEqual(events);
  });
});
