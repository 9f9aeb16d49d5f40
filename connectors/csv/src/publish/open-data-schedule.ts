import type { DatasetEntry } from '@chiase/client';
import {
  CalendarError,
  type LegalDeadline,
  LegalRuleError,
  type LegalRuleId,
  type LocalizedMessage,
  legalDeadline,
} from '@chiase/schema';

/**
 * The next dates the former Decree 47/2020 Art. 20.3 sets for a published open dataset. Decree 194/2025
 * repealed Art. 17–21 from 19/08/2025, so for a dataset published or reviewed on or after that day both
 * dates are absent and `notes` says why; the practice continues under the Law on Data and provincial
 * rules, which are not modelled here.
 */
export interface OpenDataSchedule {
  /**
   * Last day to update or supplement the published data: 3 months after its latest publication
   * (`dataUpdatedOn`, else `issued`) (former Art. 20.3).
   */
  nextUpdate: LegalDeadline | undefined;
  /**
   * Last day for the next review of the catalogue entry: 6 months after the latest review
   * (`catalogueReviewedOn`, else `issued`) (former Art. 20.3).
   */
  nextReview: LegalDeadline | undefined;
  /** Why a date is absent (the rule was not in force on its event day, or the calendar ends). */
  notes: LocalizedMessage[];
}

function deadline(id: LegalRuleId, from: string, notes: LocalizedMessage[]): LegalDeadline | undefined {
  try {
    return legalDeadline(id, from);
  } catch (error) {
    // The dataset is published by then: a rule that no longer applies is information, not a failure.
    if (LegalRuleError.isInstance(error) || CalendarError.isInstance(error)) {
      notes.push(error.localized);
      return undefined;
    }
    throw error;
  }
}

/** The former Art. 20.3 update and review dates of a dataset as the gateway holds it. */
export function openDataSchedule(entry: DatasetEntry): OpenDataSchedule {
  const dataset = entry.dataset as { issued: string; dataUpdatedOn?: string; catalogueReviewedOn?: string };
  const notes: LocalizedMessage[] = [];
  const nextUpdate = deadline('open-data-update', dataset.dataUpdatedOn ?? dataset.issued, notes);
  const nextReview = deadline(
    'open-data-catalogue-review',
    dataset.catalogueReviewedOn ?? dataset.issued,
    notes,
  );
  return { nextUpdate, nextReview, notes };
}
