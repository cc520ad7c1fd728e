package dev.docent.app.insights;

import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.runtime.SampleKnowledgeBase;
import dev.docent.core.Docent;
import dev.docent.core.answer.Answer;
import dev.docent.core.conversation.AnsweredQuestion;
import dev.docent.core.conversation.ElasticsearchAnswerLog;
import dev.docent.core.desk.DeskIndices;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.feedback.ElasticsearchFeedbackStore;
import dev.docent.core.feedback.Vote;
import dev.docent.core.question.Place;
import dev.docent.core.question.Question;
import dev.docent.core.question.Visibility;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A month of questions asked of the sample docs, answered by the real pipeline and written to the
 * real answer log: topics the docs do not cover (refused, or answered from the wrong page and voted
 * down), a covered topic readers keep voting down, covered topics answered well, and stray
 * off-topic questions. Each topic is a handful of hand-written wordings, asked many times with the
 * greetings, thanks and lower case real askers add.
 */
final class SeededHistory {

    enum Kind {
        /** The docs do not cover it: refused, or answered from an unrelated page and voted down. */
        NOT_IN_DOCS,
        /** The docs cover it, yet readers vote most answers down. */
        DISLIKED,
        /** The docs cover it and the answers are fine. */
        ANSWERED,
        /** Asked once each, about nothing in particular. */
        STRAY
    }

    record Topic(String name, Kind kind, List<String> wordings) {
    }

    /** What was written: the tenant it went to, and each question's topic. */
    record Seeded(String tenant, Map<String, String> topicOf, Map<String, Instant> lastAskedByTopic, int asked) {
    }

    static final List<Topic> TOPICS = List.of(
            new Topic("mobile-app", Kind.NOT_IN_DOCS, List.of(
                    "Is there a Formwell mobile app for iPhone or Android?",
                    "Can I download Formwell on my phone from the App Store?",
                    "Do you have an Android app for Formwell?",
                    "Is there an iOS app so I can build forms on my iPad?",
                    "Where can I get the Formwell app for my smartphone?",
                    "Does Formwell have a native mobile application?",
                    "I want to check responses on my phone, is there an app?",
                    "Any plans for an iPhone app?",
                    "Can I install Formwell from Google Play?",
                    "Is there a tablet app for collecting responses at events?")),
            new Topic("on-premise", Kind.NOT_IN_DOCS, List.of(
                    "Can we install Formwell on-premise on our own servers?",
                    "Is there a self-hosted version of Formwell?",
                    "Can I run Formwell in our own data center?",
                    "Do you offer an on-prem edition for air-gapped networks?",
                    "Can we deploy Formwell with Docker on our own infrastructure?",
                    "Is there a downloadable server edition of Formwell?",
                    "Our security team requires self-hosting, is that possible?",
                    "Can Formwell be hosted in our private cloud instead of yours?",
                    "Do you sell a license to run Formwell behind our firewall?",
                    "How do I set up Formwell on my own Kubernetes cluster?")),
            new Topic("phone-support", Kind.NOT_IN_DOCS, List.of(
                    "What's the phone number for Formwell support?",
                    "Can I call someone at Formwell for help?",
                    "Is there a support hotline I can ring?",
                    "Do you offer support by telephone?",
                    "What number do I dial to reach support on the phone?",
                    "Does Formwell have a call center?",
                    "How can I speak to a support agent by phone?",
                    "Is phone support included in the Business plan?",
                    "Can I schedule a support call with your team?",
                    "Who do I phone when something is urgent?")),
            new Topic("hipaa", Kind.NOT_IN_DOCS, List.of(
                    "Will Formwell sign a BAA so we can collect patient information under HIPAA?",
                    "Is Formwell HIPAA compliant for patient data?",
                    "Can our clinic collect medical information with Formwell?",
                    "Do you support HIPAA business associate agreements?",
                    "Can I use Formwell for patient intake forms under HIPAA?",
                    "Is protected health information allowed in Formwell forms?",
                    "Does Formwell meet healthcare compliance requirements like HIPAA?",
                    "We are a hospital, can we store PHI in Formwell?",
                    "Is there a HIPAA-eligible plan?",
                    "Can a dental practice use Formwell for health questionnaires legally?")),
            new Topic("typeform-import", Kind.NOT_IN_DOCS, List.of(
                    "Is there a tool to bring our existing forms over from Typeform?",
                    "How do I migrate my surveys from Typeform to Formwell?",
                    "Can I import forms I built in Typeform?",
                    "Does Formwell have a Typeform importer?",
                    "We're switching from Typeform, can we move our forms automatically?",
                    "Is there a way to copy Typeform questions into Formwell?",
                    "How do we transfer all our Typeform surveys and their responses?",
                    "Migration from Typeform: is it supported?",
                    "Can you convert Typeform forms into Formwell forms?",
                    "What's the easiest way to move from Typeform to Formwell?")),
            new Topic("teams-integration", Kind.NOT_IN_DOCS, List.of(
                    "Do you have a Microsoft Teams integration?",
                    "Can Formwell post new responses to a Microsoft Teams channel?",
                    "How do I connect Formwell to Microsoft Teams?",
                    "Is there a Teams app for Formwell notifications?",
                    "Can I get submission alerts in MS Teams?",
                    "We use Microsoft Teams, not Slack, can we get notified there?",
                    "Send form submissions to a Microsoft Teams chat?",
                    "Any plans for a Microsoft Teams connector?",
                    "How can my team see new form entries in MS Teams?",
                    "Is Microsoft Teams supported for response notifications?")),
            new Topic("webhook-retries", Kind.DISLIKED, List.of(
                    "How many times does Formwell retry a failed webhook?",
                    "What is the webhook retry schedule?",
                    "My endpoint was down, will webhooks be resent?",
                    "How long does Formwell keep retrying webhook deliveries?",
                    "Do failed webhook deliveries get retried automatically?",
                    "What happens when my webhook endpoint returns a 500?",
                    "Is there exponential backoff for webhook retries?",
                    "Can I replay webhooks that failed while my server was offline?",
                    "When does Formwell give up on delivering a webhook?",
                    "Are webhook deliveries retried if they time out?")),
            new Topic("password-reset", Kind.ANSWERED, List.of(
                    "How do I reset my password?",
                    "I forgot my Formwell password",
                    "Where do I change my password?",
                    "The password reset email never came")),
            new Topic("single-sign-on", Kind.ANSWERED, List.of(
                    "How do I set up single sign-on for my team?",
                    "How do we configure SAML SSO with Okta?",
                    "Which plans include SSO?")),
            new Topic("stray", Kind.STRAY, List.of(
                    "What's the weather going to be like in Berlin tomorrow?",
                    "Give me a good recipe for banana bread",
                    "What is the capital of Australia?",
                    "who won the 2018 football world cup",
                    "How tall is Mount Everest?",
                    "convert 70 fahrenheit to celsius",
                    "Can you recommend a good sci-fi novel for a long flight?")));

    private static final List<String> OPENINGS = List.of("", "", "", "hi, ", "hey team - ", "quick question: ", "Hello! ", "Hi there. ");
    private static final List<String> CLOSINGS = List.of("", "", "", " thanks", " Thanks!", " (asking for a customer)", " please help", " ty");
    private static final Duration MONTH = Duration.ofDays(28);

    private SeededHistory() {
    }

    /**
     * Asks {@code perTopic} questions per topic (strays once each) over the four weeks before
     * {@code end}, in a shuffled order fixed by {@code seed}, in a tenant of their own.
     */
    static Seeded seed(DocentRuntime runtime, List<Topic> topics, int perTopic, long seed, Instant end) {
        Random random = new Random(seed);
        List<Map.Entry<String, Topic>> asks = new ArrayList<>();
        for (Topic topic : topics) {
            int times = topic.kind() == Kind.STRAY ? topic.wordings().size() : perTopic;
            for (int i = 0; i < times; i++) {
                asks.add(Map.entry(worded(topic.wordings().get(i % topic.wordings().size()), random), topic));
            }
        }
        Collections.shuffle(asks, random);
        String tenant = "T_SEEDED_" + UUID.randomUUID();
        ElasticsearchConnection es = runtime.elasticsearch();
        DeskIndices.create(es);
        Docent docent = runtime.docent(Set.of(SampleKnowledgeBase.NAME));
        Map<String, String> topicOf = new HashMap<>();
        Map<String, Instant> lastAsked = new HashMap<>();
        for (int i = 0; i < asks.size(); i++) {
            String text = asks.get(i).getKey();
            Topic topic = asks.get(i).getValue();
            Instant at = end.minus(MONTH).plus(MONTH.multipliedBy(i + 1).dividedBy(asks.size() + 1));
            Question question = new Question(text, "U" + random.nextInt(40), new Place(tenant, "C_HELP", Visibility.PUBLIC), List.of());
            Answer answer = docent.answer(question);
            Clock clock = Clock.fixed(at, ZoneOffset.UTC);
            AnsweredQuestion answered = new ElasticsearchAnswerLog(es, clock).record(i % 2 == 0 ? "slack" : "discord", question, answer);
            boolean votedDown = switch (topic.kind()) {
                case NOT_IN_DOCS -> answer.grounded();
                case DISLIKED -> random.nextDouble() < 0.8;
                case ANSWERED, STRAY -> false;
            };
            if (votedDown) {
                new ElasticsearchFeedbackStore(es, clock).record(answered, "U_READER", Vote.NOT_HELPFUL);
            }
            topicOf.put(text, topic.name());
            if (votedDown || !answer.grounded() || answer.decision().escalates()) {
                lastAsked.merge(topic.name(), at, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        es.call(c -> c.indices().refresh(r -> r.index(ElasticsearchAnswerLog.INDEX, ElasticsearchFeedbackStore.INDEX)));
        return new Seeded(tenant, topicOf, lastAsked, asks.size());
    }

    private static String worded(String wording, Random random) {
        String text = OPENINGS.get(random.nextInt(OPENINGS.size())) + wording + CLOSINGS.get(random.nextInt(CLOSINGS.size()));
        return random.nextInt(4) == 0 ? text.toLowerCase(Locale.ROOT) : text;
    }
}
