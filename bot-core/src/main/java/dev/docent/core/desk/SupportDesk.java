package dev.docent.core.desk;

import dev.docent.core.answer.Answer;
import dev.docent.core.conversation.AnswerLog;
import dev.docent.core.conversation.AnsweredQuestion;
import dev.docent.core.dedup.EventLedger;
import dev.docent.core.escalation.EscalationCase;
import dev.docent.core.escalation.EscalationCases;
import dev.docent.core.feedback.FeedbackStore;
import dev.docent.core.feedback.Vote;
import dev.docent.core.question.InvalidQuestionException;
import dev.docent.core.question.Place;
import dev.docent.core.question.Question;
import dev.docent.core.question.Visibility;
import dev.docent.core.reindex.Reindexer;
import dev.docent.core.teach.TeamAnswer;
import dev.docent.core.teach.TeamAnswers;
import dev.docent.core.tenant.Admins;
import dev.docent.core.tenant.EscalationTarget;
import dev.docent.core.tenant.TenantDirectory;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Docent's support desk, the same on every chat platform: a question is answered, recorded and -
 * when the escalation policy says so, and only then - handed to a person; a click votes or asks for
 * a person, only ever on an answer of the clicker's own workspace or server; admins reindex and see
 * the knowledge bases their place may see; a person from the team saves a reply to a case as the
 * team answer the next asker gets. Adapters translate platform events into these calls and
 * render what comes back; they decide nothing.
 */
public final class SupportDesk {

    private static final Logger log = LoggerFactory.getLogger(SupportDesk.class);

    static final String REASON_ASKER = "The asker asked to talk to a person.";
    static final String REASON_READER = "A reader of the answer asked for a person.";

    private final Answerer answerer;
    private final TenantDirectory tenants;
    private final AnswerLog answers;
    private final FeedbackStore feedback;
    private final EscalationCases cases;
    private final EventLedger deliveries;
    private final Reindexer reindexer;
    private final DeskMetrics metrics;
    private final PagingGuard paging;
    private final TeamAnswers teamAnswers;
    private final Clock clock;

    /** @param paging how often an escalation channel's group may be pinged, and what counts as the same case */
    public SupportDesk(Answerer answerer, TenantDirectory tenants, AnswerLog answers, FeedbackStore feedback,
                       EscalationCases cases, TeamAnswers teamAnswers, EventLedger deliveries, Reindexer reindexer,
                       MeterRegistry metrics, PagingLimits paging, Clock clock) {
        this.paging = new PagingGuard(paging, clock);
        this.teamAnswers = teamAnswers;
        this.clock = clock;
        this.answerer = answerer;
        this.tenants = tenants;
        this.answers = answers;
        this.feedback = feedback;
        this.cases = cases;
        this.deliveries = deliveries;
        this.reindexer = reindexer;
        this.metrics = new DeskMetrics(metrics);
    }

    /**
     * Where a question was asked, with what that place may see.
     *
     * @param observed the platform's default when the configuration says nothing about the channel
     */
    public Place place(String tenant, String channel, Visibility observed) {
        return tenants.place(tenant, channel, observed);
    }

    /**
     * Whether this platform event is seen for the first time by any replica (platforms deliver some
     * twice). When the ledger cannot be asked (Elasticsearch down), the event counts as new: an
     * asker told twice that Docent cannot answer right now is better off than one told nothing.
     */
    public boolean firstDelivery(String source, String eventId) {
        try {
            return deliveries.firstDelivery(source, eventId);
        } catch (RuntimeException e) {
            log.atWarn().addKeyValue("source", source).addKeyValue("error", e.getClass().getName())
                    .log("could not ask the delivery ledger; handling the event");
            metrics.failed(source, "dedupe");
            return true;
        }
    }

    /**
     * How a platform whose events may be redelivered to any replica (Slack) handles each once, and
     * never loses one to a replica that died mid-answer: see {@link EventIntake}.
     *
     * @param timer the platform's own: when the platform stops, so do its renewals - as they would if it died
     * @param work  where handlers run
     */
    public EventIntake intake(ScheduledExecutorService timer, Executor work) {
        return new EventIntake(deliveries, timer, work, metrics, EventIntake.Timing.DEFAULTS);
    }

    public int forgetDeliveriesOlderThan(Duration age) {
        return deliveries.forgetOlderThan(age);
    }

    /** Answers, records, and hands the question to a person when the policy escalates it. Never throws. */
    public DeskReply ask(String platform, Question question, CaseBoard board) {
        long start = System.nanoTime();
        Answer answer;
        AnsweredQuestion answered;
        try {
            answer = answerer.answer(question);
            answered = answers.record(platform, question, answer);
        } catch (InvalidQuestionException e) {
            return new DeskReply.Declined(e.getMessage());
        } catch (RuntimeException e) {
            // The exception text may quote the question: its type goes to the log, the details only at debug.
            log.atError().addKeyValue("platform", platform).addKeyValue("error", e.getClass().getName())
                    .log("could not answer a question");
            log.debug("answer failure", e);
            metrics.failed(platform, "answer");
            return new DeskReply.Failed(Notices.FAILED);
        }
        metrics.answered(platform, answered.action(), answer.grounded());
        Optional<Handover> handover = answer.decision().escalates()
                ? Optional.of(handOver(platform, answered, EscalationCase.BY_POLICY, answer.decision().reason()
                        .orElse("The escalation policy hands this question to a person."), board))
                : Optional.empty();
        // Users' words are not log material: sizes, outcomes and timings only.
        log.atInfo().addKeyValue("platform", platform).addKeyValue("tenant", answered.tenant())
                .addKeyValue("questionChars", question.text().length()).addKeyValue("history", question.threadHistory().size())
                .addKeyValue("citations", answer.citations().size()).addKeyValue("action", answered.action())
                .addKeyValue("handover", handover.map(Enum::name).orElse(null))
                .addKeyValue("ms", (System.nanoTime() - start) / 1_000_000).log("answered");
        return new DeskReply.Answered(answered, answer, handover);
    }

    /** A helpful / not helpful vote: one per reader and answer, the first stands. */
    public ClickReply vote(Click click, Vote vote) {
        try {
            Optional<AnsweredQuestion> answered = answerOf(click);
            if (answered.isEmpty()) {
                return ClickReply.of(Notices.ANSWER_UNKNOWN);
            }
            boolean first = feedback.record(answered.get(), click.user(), vote);
            metrics.voted(click.platform(), vote.name().toLowerCase(Locale.ROOT), first);
            return ClickReply.of(!first ? Notices.ALREADY_VOTED
                    : vote == Vote.HELPFUL ? Notices.THANKS_HELPFUL : Notices.THANKS_NOT_HELPFUL);
        } catch (RuntimeException e) {
            return ClickReply.of(failedClick(click.platform(), "vote", e));
        }
    }

    /** "Talk to a human": one case per answer, however often and wherever it is clicked. */
    public ClickReply requestHuman(Click click, CaseBoard board) {
        try {
            Optional<AnsweredQuestion> answered = answerOf(click);
            if (answered.isEmpty()) {
                return ClickReply.of(Notices.ANSWER_UNKNOWN);
            }
            String reason = click.user().equals(answered.get().user()) ? REASON_ASKER : REASON_READER;
            return ClickReply.of(handOver(click.platform(), answered.get(), click.user(), reason, board));
        } catch (RuntimeException e) {
            failedClick(click.platform(), "handover", e);
            return ClickReply.of(Handover.FAILED);
        }
    }

    /**
     * The admin desk for this person in this place, if they are an admin: a user or member of a group
     * the configuration names for the workspace or server, or one of its own owners and administrators.
     */
    public Optional<AdminDesk> admin(String platform, Place place, String user, Membership membership) {
        Admins admins = tenants.admins(place.tenant());
        boolean admitted = admins.users().contains(user) || admins.groups().stream().anyMatch(membership::belongsTo)
                || membership.administersWorkspace();
        if (!admitted) {
            log.atInfo().addKeyValue("platform", platform).addKeyValue("tenant", place.tenant())
                    .addKeyValue("user", user).log("admin command refused");
            return Optional.empty();
        }
        return Optional.of(new AdminDesk(platform, place, tenants, reindexer, metrics));
    }

    /**
     * Keeps a person's reply to an escalation case as the team answer to its question: only from the
     * support group the case paged (or an admin), only on a case of the same workspace or server.
     */
    public String teach(Teaching teaching, Membership membership) {
        if (teaching.answer().isEmpty()) {
            return Notices.TEACH_EMPTY;
        }
        try {
            Optional<EscalationCase> escalation = cases.atMessage(teaching.channel(), teaching.caseMessageId())
                    .filter(c -> c.tenant().equals(teaching.tenant()));
            if (escalation.isEmpty()) {
                metrics.taught(teaching.platform(), "not_a_case");
                return Notices.TEACH_NOT_A_CASE;
            }
            if (!mayTeach(teaching, membership)) {
                metrics.taught(teaching.platform(), "refused");
                return Notices.TEACH_NOT_ALLOWED;
            }
            teamAnswers.save(new TeamAnswer(escalation.get().id(), teaching.tenant(), escalation.get().answered().question(),
                    teaching.answer(), teaching.teacher(), clock.instant(), teaching.link().orElse(null), false, false));
            metrics.taught(teaching.platform(), "saved");
            log.atInfo().addKeyValue("platform", teaching.platform()).addKeyValue("tenant", teaching.tenant())
                    .addKeyValue("answerChars", teaching.answer().length()).log("team answer saved");
            return Notices.TAUGHT;
        } catch (RuntimeException e) {
            log.atError().addKeyValue("platform", teaching.platform()).addKeyValue("error", e.getClass().getName())
                    .log("could not save a team answer");
            log.debug("teach failure", e);
            metrics.failed(teaching.platform(), "teach");
            return Notices.TEACH_FAILED;
        }
    }

    private boolean mayTeach(Teaching teaching, Membership membership) {
        Admins admins = tenants.admins(teaching.tenant());
        Optional<String> supportGroup = tenants.escalationTarget(teaching.tenant()).flatMap(EscalationTarget::mentionGroup);
        return admins.users().contains(teaching.teacher())
                || supportGroup.filter(membership::belongsTo).isPresent()
                || admins.groups().stream().anyMatch(membership::belongsTo)
                || membership.administersWorkspace();
    }

    private Optional<AnsweredQuestion> answerOf(Click click) {
        return answers.find(click.answerId()).filter(answered -> answered.tenant().equals(click.tenant()));
    }

    private Handover handOver(String platform, AnsweredQuestion answered, String requestedBy, String reason, CaseBoard board) {
        Handover handover = post(platform, answered, requestedBy, reason, board);
        metrics.escalated(platform, EscalationCase.BY_POLICY.equals(requestedBy), handover);
        return handover;
    }

    private Handover post(String platform, AnsweredQuestion answered, String requestedBy, String reason, CaseBoard board) {
        Optional<EscalationCase> opened = cases.open(answered, requestedBy, reason);
        Optional<EscalationTarget> target = tenants.escalationTarget(answered.tenant())
                .filter(t -> t.channel() != null && !t.channel().isBlank());
        if (target.isEmpty()) {
            // Said plainly every time: a case kept without a channel has reached nobody.
            log.atWarn().addKeyValue("tenant", answered.tenant()).log("escalation recorded, but no escalation channel is configured");
            return Handover.NOT_CONFIGURED;
        }
        if (opened.isEmpty()) {
            return Handover.ALREADY_OPEN;
        }
        return switch (paging.page(target.get().channel(), answered.question(), target.get().mentionGroup().isPresent())) {
            case PagingGuard.Similar similar -> {
                if (target.get().mentionGroup().isPresent()) {
                    metrics.pageSuppressed(platform, "similar");
                }
                similar.earlier().message().thenAccept(earlier -> earlier.ifPresentOrElse(
                        message -> join(board, message, opened.get(), similar.moreAskers()),
                        // The earlier case never arrived: this one goes on its own, still pinging nobody twice.
                        () -> postCase(board, opened.get(), target.get().quiet())));
                yield Handover.POSTED;
            }
            case PagingGuard.Post post -> {
                EscalationTarget where = target.get();
                if (post.capped()) {
                    metrics.pageSuppressed(platform, "capped");
                    where = where.quiet();
                }
                Optional<PostedCase> message = postCase(board, opened.get(), where);
                paging.posted(post.opened(), message);
                message.ifPresent(this::rememberWhere);
                yield message.isPresent() ? Handover.POSTED : Handover.UNREACHABLE;
            }
        };
    }

    /** Where the case message is, so that a person's reply to it can become the team answer. */
    private void rememberWhere(PostedCase posted) {
        posted.message().thenAccept(message -> {
            try {
                cases.placed(posted.escalation(), message.channel(), message.id());
            } catch (RuntimeException e) {
                log.atWarn().addKeyValue("tenant", posted.escalation().tenant()).addKeyValue("error", e.getClass().getName())
                        .log("could not record where a case was posted; replies to it cannot be saved as answers");
            }
        });
    }

    private static void join(CaseBoard board, PostedCase earlier, EscalationCase similar, int moreAskers) {
        try {
            board.alsoAsked(earlier, similar, moreAskers);
        } catch (RuntimeException e) {
            log.atError().addKeyValue("tenant", similar.tenant()).addKeyValue("error", e.getClass().getName())
                    .log("could not add an asker to an earlier escalation case");
        }
    }

    private static Optional<PostedCase> postCase(CaseBoard board, EscalationCase escalation, EscalationTarget where) {
        try {
            return board.post(escalation, where);
        } catch (RuntimeException e) {
            log.atError().addKeyValue("tenant", escalation.tenant()).addKeyValue("error", e.getClass().getName())
                    .log("could not post an escalation case");
            return Optional.empty();
        }
    }

    private String failedClick(String platform, String stage, RuntimeException e) {
        log.atError().addKeyValue("platform", platform).addKeyValue("stage", stage).addKeyValue("error", e.getClass().getName())
                .log("could not act on a click");
        log.debug("click failure", e);
        metrics.failed(platform, stage);
        return Notices.CLICK_FAILED;
    }
}
