package dev.docent.lab.bench.serve;

import java.util.List;

/** What the benchmark's askers ask: questions the bundled sample documentation answers. */
final class SampleQuestions {

    static final List<String> ALL = List.of(
            "How do I set up single sign-on for my team?",
            "How do I rotate the webhook signing secret?",
            "How do I export submissions to CSV?",
            "How do I reset my password?",
            "Can we force everyone in the workspace to turn on 2FA?",
            "How many submissions a month does the Team plan include?",
            "Where can I download our past invoices as PDF?",
            "How do I connect a form to Google Sheets?",
            "Why are my notification emails not arriving?",
            "How do I embed a form on my website?",
            "What happens when we hit the API rate limit?",
            "How do I invite a teammate to our workspace?",
            "Can Okta provision users into Formwell with SCIM?",
            "How do I cancel our subscription and get a refund?",
            "How do I send submissions to Salesforce?");

    private SampleQuestions() {
    }
}
