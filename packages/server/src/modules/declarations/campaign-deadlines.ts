/** Deadlines of a declaration campaign, from the federal rules and the production calendar (core/calendar). */
import { computeDeadline, defaultCalendar, federalDeadlineRules, type IsoDate } from '@antikor/core';

export type CampaignDeadlines = {
  deadline: IsoDate;
  deadlineExplanation: string;
  clarifyDeadline: IsoDate;
  clarifyExplanation: string;
  publicationDue: IsoDate;
  publicationExplanation: string;
};

/**
 * 273-ФЗ ст. 8, 25-ФЗ ст. 15: not later than 30 April of the year after the reporting year (a day off moves
 * it to the next working day: 30.04.2024 was one, so 02.05.2024); clarifying information within one month
 * after that (Указ № 559 п. 8, copied by municipal acts); website posting 14 working days (Указ № 613).
 */
export function campaignDeadlines(reportingYear: number): CampaignDeadlines {
  const due = computeDeadline(defaultCalendar, federalDeadlineRules['declarations.deadline'], `${reportingYear}-12-31`);
  const deadline = due.dueDate as IsoDate;
  const clarify = computeDeadline(defaultCalendar, federalDeadlineRules['declarations.clarify'], deadline);
  const publication = computeDeadline(defaultCalendar, federalDeadlineRules['declarations.publication'], deadline);
  return {
    deadline,
    deadlineExplanation: due.explanation,
    clarifyDeadline: clarify.dueDate as IsoDate,
    clarifyExplanation: clarify.explanation,
    publicationDue: publication.dueDate as IsoDate,
    publicationExplanation: publication.explanation,
  };
}
