import type { ActivityInput, ActivityType, PresetId } from './activity';

/** One of a tracked vacancy's dated selection steps that is due (its day has come). */
export interface PassedStep {
  /** Its place in the vacancy's selection steps (the facts' events, corrections applied). */
  index: number;
  date: string;
  label: string;
  /** The activity it becomes: an interview, a test, or another step. */
  type: ActivityType;
  /** The person already said they went: an activity of this kind on this day is in the log for the vacancy. */
  attended: boolean;
}

/** What the sidebar shows of the job search for the vacancy tracked at its page. */
export interface VacancyJobSearch {
  /** The chosen service (general when none), so the form marks the fields it asks for. */
  preset: PresetId;
  /** A new activity for this vacancy, dated today and prefilled with what the vacancy says. */
  draft: ActivityInput;
  steps: PassedStep[];
}
