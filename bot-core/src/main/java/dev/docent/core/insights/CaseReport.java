package dev.docent.core.insights;

import java.util.List;

/** The escalation cases in scope: how many are open and closed, and the cases themselves, open ones first, newest first. */
public record CaseReport(Scope scope, long open, long closed, List<CaseView> cases) {

    public CaseReport {
        cases = List.copyOf(cases);
    }
}
