/**
 * The JobPosting a page declares in microdata (itemscope itemtype=".../JobPosting"), read into the
 * same shape as the JSON-LD one. Values come from content/datetime/href attributes before text,
 * as the microdata spec says.
 */
import type { JobPosting } from './jsonld';

const JOB = '[itemscope][itemtype*="JobPosting" i]';

function valueOf(el: Element): string | null {
  const attr = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('value');
  const v = attr ?? (el.hasAttribute('itemscope') ? null : el.textContent);
  const s = v?.replace(/\s+/g, ' ').trim();
  return s ? s.slice(0, 2000) : null;
}

/** Elements with `prop` that belong to `scope` itself, not to an item nested inside it. */
function props(scope: Element, prop: string): Element[] {
  return Array.from(scope.querySelectorAll(`[itemprop~="${prop}"]`)).filter((el) => el.parentElement?.closest('[itemscope]') === scope);
}

function text(scope: Element | null | undefined, prop: string): string | null {
  if (!scope) return null;
  for (const el of props(scope, prop)) {
    const v = valueOf(el) ?? (el.hasAttribute('itemscope') ? text(el, 'name') : null);
    if (v) return v;
  }
  return null;
}

function number(scope: Element | null | undefined, prop: string): number | null {
  const v = text(scope, prop);
  return v && /^\d+(?:\.\d+)?$/.test(v) ? Number(v) : null;
}

const item = (scope: Element | null | undefined, prop: string) => (scope ? (props(scope, prop).find((e) => e.hasAttribute('itemscope')) ?? null) : null);

/** The page's one microdata JobPosting; null when there is none or several. */
export function readMicrodata(doc: Document): JobPosting | null {
  const all = Array.from(doc.querySelectorAll(JOB));
  if (all.length !== 1) return null;
  const job = all[0]!;
  const salary = item(job, 'baseSalary') ?? item(job, 'estimatedSalary');
  const amount = item(salary, 'value');
  const single = amount ? null : number(salary, 'value');
  const address = item(item(job, 'jobLocation'), 'address');
  return {
    title: text(job, 'title') ?? text(job, 'name'),
    organisation: text(job, 'hiringOrganization'),
    validThrough: text(job, 'validThrough'),
    datePosted: text(job, 'datePosted'),
    identifier: text(job, 'identifier'),
    employmentType: props(job, 'employmentType').map(valueOf).filter((x): x is string => !!x),
    salary: salary
      ? {
          currency: text(salary, 'currency'),
          min: number(amount, 'minValue') ?? number(amount, 'value') ?? single,
          max: number(amount, 'maxValue') ?? number(amount, 'value') ?? single,
          unit: text(amount, 'unitText') ?? text(salary, 'unitText'),
        }
      : null,
    address: address
      ? { street: text(address, 'streetAddress'), postalCode: text(address, 'postalCode'), locality: text(address, 'addressLocality'), region: text(address, 'addressRegion') }
      : null,
  };
}
