package dev.studyportal.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.CohortCreation;
import dev.studyportal.core.account.CohortCreationPolicy;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.core.testsupport.MutableClock;
import dev.studyportal.core.testsupport.TestBank;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cohorts' rules: who may do what, invitations and their failures, the last owner, sharing and its figures.
 * Run on MariaDB and on the embedded H2 alike (the streak query uses window functions both must run).
 */
abstract class CohortServiceContract {

    static final Instant START = Instant.parse("2026-11-25T10:30:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    CohortService cohorts;

    @Autowired
    CohortCreationPolicy creation;

    @Autowired
    CohortActivity activity;

    @Autowired
    AccountService accounts;

    @Autowired
    ReviewService reviews;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestBank bank;

    @Autowired
    MutableClock clock;

    List<Long> questionIds = List.of();

    @BeforeEach
    void aBankOfTenQuestionsAndFivePeople() {
        bank.reset(START);
        bank.write(content -> questionIds = content.questions(
                content.section(
                        content.page("ml", "Machine learning", page -> page.withSidebarPosition(1)),
                        "basics",
                        "Basics"),
                10));
        bank.learners("olga");
        bank.account("ivan", "Ivan", Role.LEARNER, Role.INSTRUCTOR);
        bank.learners("mia", "max", "eve");
    }

    long cohort(String owner, String name) {
        return cohorts.create(owner, new CohortDraft(name, "We study together.", BERLIN));
    }

    String invite(String owner, long cohortId) {
        return cohorts.createInvite(owner, cohortId, InviteDraft.defaults()).code();
    }

    long memberId(String viewer, long cohortId, String displayName) {
        return cohorts.board(viewer, cohortId).members().stream()
                .filter(m -> m.displayName().equals(displayName))
                .findFirst()
                .orElseThrow()
                .memberId();
    }

    /** Olga owns it, Ivan instructs, Mia is a member. */
    long classroom() {
        long id = cohort("olga", "Classroom");
        cohorts.join("ivan", invite("olga", id));
        cohorts.join("mia", invite("olga", id));
        cohorts.changeRole("olga", id, memberId("olga", id, "Ivan"), CohortRole.INSTRUCTOR);
        return id;
    }

    @Test
    void whoever_makes_a_cohort_owns_it_and_sees_it_listed_with_its_members() {
        long id = cohort("olga", "Evening group");

        CohortSummary listed = cohorts.cohorts("olga").getFirst();
        assertThat(listed.id()).isEqualTo(id);
        assertThat(listed.name()).isEqualTo("Evening group");
        assertThat(listed.role()).isEqualTo(CohortRole.OWNER);
        assertThat(listed.members()).isEqualTo(1);
        assertThat(cohorts.cohorts("mia")).isEmpty();
        assertThat(cohorts.board("olga", id).activity())
                .extracting(ActivityItem::text)
                .containsExactly("Olga joined");
    }

    @Test
    void a_cohort_filled_in_badly_gets_a_message_per_field_and_nothing_is_saved() {
        assertThatThrownBy(() -> cohorts.create("olga", new CohortDraft(" ", "x".repeat(1001), null)))
                .isInstanceOfSatisfying(
                        InvalidCohortException.class,
                        e -> assertThat(e.errors())
                                .containsOnlyKeys("name", "description", "timeZone")
                                .containsEntry("name", "Give the cohort a name."));
        assertThat(cohorts.cohorts("olga")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cohort", Long.class))
                .isZero();
    }

    @Test
    void when_only_instructors_may_make_cohorts_a_learner_is_told_and_an_instructor_may() {
        creation.change("admin", CohortCreation.INSTRUCTORS);
        try {
            assertThat(cohorts.mayCreate("olga")).isFalse();
            assertThatThrownBy(() -> cohort("olga", "Refused"))
                    .isInstanceOf(CohortPermissionException.class)
                    .hasMessageContaining("Only instructors");
            assertThat(cohorts.mayCreate("ivan")).isTrue();
            assertThat(cohort("ivan", "Allowed")).isPositive();
        } finally {
            creation.change("admin", CohortCreation.EVERYONE);
        }
        assertThat(cohorts.mayCreate("olga")).isTrue();
    }

    @Test
    void a_code_shows_its_cohort_and_what_joining_means_then_lets_the_person_in_without_sharing() {
        long id = cohort("olga", "Classroom");
        NewInvite invite = cohorts.createInvite("olga", id, InviteDraft.defaults());

        assertThat(invite.expiresAt()).isEqualTo(START.plus(Duration.ofDays(7)));
        InvitePreview preview =
                cohorts.invitation("mia", invite.code().toLowerCase().replace("-", " "));
        assertThat(preview.cohortName()).isEqualTo("Classroom");
        assertThat(preview.progressVisibility()).contains("owner and instructors see your progress");

        assertThat(cohorts.join("mia", "https://portal.example/cohorts/join/" + invite.code()))
                .isEqualTo(id);
        CohortSummary mine = cohorts.cohorts("mia").getFirst();
        assertThat(mine.role()).isEqualTo(CohortRole.MEMBER);
        assertThat(mine.sharing()).isFalse();
        assertThat(mine.members()).isEqualTo(2);
        assertThat(cohorts.invites("olga", id)).singleElement().satisfies(summary -> {
            assertThat(summary.uses()).isEqualTo(1);
            assertThat(summary.state()).isEqualTo(InviteState.OPEN);
            assertThat(invite.code()).endsWith(summary.hint());
        });
        assertThat(jdbc.queryForList("SELECT code_hash FROM cohort_invite", String.class))
                .singleElement()
                .satisfies(hash -> assertThat(hash).hasSize(64).doesNotContain(summaryless(invite.code())));
    }

    private static String summaryless(String code) {
        return code.replace("-", "");
    }

    @Test
    void every_failing_code_says_why_and_saves_nothing() {
        long id = cohort("olga", "Classroom");
        String once = cohorts.createInvite("olga", id, new InviteDraft(7, 1)).code();
        String revoked = invite("olga", id);
        cohorts.revokeInvite("olga", id, cohorts.invites("olga", id).getFirst().id());
        String expiring =
                cohorts.createInvite("olga", id, new InviteDraft(1, null)).code();
        cohorts.join("mia", once);

        assertRefused("max", "not a code", InviteProblem.MALFORMED);
        assertRefused("max", "", InviteProblem.MALFORMED);
        assertRefused("max", "ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456", InviteProblem.UNKNOWN);
        assertRefused("max", once, InviteProblem.USED_UP);
        assertRefused("max", revoked, InviteProblem.REVOKED);
        assertRefused("mia", expiring, InviteProblem.ALREADY_MEMBER);
        clock.advance(Duration.ofDays(1));
        assertRefused("max", expiring, InviteProblem.EXPIRED);

        assertThat(cohorts.cohorts("max")).isEmpty();
        assertThat(cohorts.invites("olga", id)).extracting(InviteSummary::uses).containsOnly(0, 0, 1);
        assertThat(cohorts.invites("olga", id))
                .extracting(InviteSummary::state)
                .containsExactlyInAnyOrder(InviteState.EXPIRED, InviteState.REVOKED, InviteState.USED_UP);
    }

    private void assertRefused(String username, String code, InviteProblem problem) {
        assertThatThrownBy(() -> cohorts.join(username, code))
                .isInstanceOfSatisfying(
                        InviteRefusedException.class,
                        e -> assertThat(e.problem()).isEqualTo(problem));
        assertThatThrownBy(() -> cohorts.invitation(username, code))
                .isInstanceOfSatisfying(
                        InviteRefusedException.class,
                        e -> assertThat(e.problem()).isEqualTo(problem));
    }

    @Test
    void invitations_last_from_one_to_thirty_days_and_up_to_a_thousand_uses() {
        long id = cohort("olga", "Classroom");
        assertThatThrownBy(() -> cohorts.createInvite("olga", id, new InviteDraft(31, 0)))
                .isInstanceOfSatisfying(
                        InvalidCohortException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("validDays", "maxUses"));
        assertThat(cohorts.invites("olga", id)).isEmpty();
    }

    @Test
    void the_last_owner_cannot_leave_until_they_hand_the_cohort_on() {
        long id = classroom();

        assertThatThrownBy(() -> cohorts.leave("olga", id))
                .isInstanceOf(CohortRuleException.class)
                .hasMessageContaining("Transfer ownership");
        assertThatThrownBy(() -> cohorts.changeRole("olga", id, memberId("olga", id, "Olga"), CohortRole.MEMBER))
                .isInstanceOf(CohortRuleException.class)
                .hasMessageContaining("needs an owner");

        cohorts.transferOwnership("olga", id, memberId("olga", id, "Mia"));
        assertThat(cohorts.board("mia", id).yourRole()).isEqualTo(CohortRole.OWNER);
        assertThat(cohorts.board("olga", id).yourRole()).isEqualTo(CohortRole.INSTRUCTOR);
        cohorts.leave("olga", id);
        assertThat(cohorts.cohorts("olga")).isEmpty();
        assertThat(cohorts.board("mia", id).activity())
                .extracting(ActivityItem::text)
                .first()
                .isEqualTo("Olga left");
    }

    @Test
    void of_two_owners_leaving_at_the_same_moment_one_stays() throws Exception {
        long id = classroom();
        cohorts.changeRole("olga", id, memberId("olga", id, "Ivan"), CohortRole.OWNER);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> leaving = List.of("olga", "ivan").stream()
                .<Callable<String>>map(owner -> () -> {
                    start.await();
                    try {
                        cohorts.leave(owner, id);
                        return owner + " left";
                    } catch (CohortRuleException stays) {
                        return owner + " stays";
                    }
                })
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = leaving.stream().map(pool::submit).toList();
            start.countDown();
            List<String> said = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                said.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(said).filteredOn(text -> text.endsWith("stays")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM cohort_member WHERE cohort_id = ? AND role = 'OWNER'", Integer.class, id))
                .isOne();
    }

    @Test
    void a_removed_member_is_refused_on_their_very_next_call() {
        long id = classroom();
        assertThat(cohorts.board("mia", id).name()).isEqualTo("Classroom");

        cohorts.remove("olga", id, memberId("olga", id, "Mia"));

        assertThatThrownBy(() -> cohorts.board("mia", id)).isInstanceOf(NoSuchCohortException.class);
        assertThatThrownBy(() -> cohorts.share("mia", id, true)).isInstanceOf(NoSuchCohortException.class);
        assertThatThrownBy(() -> cohorts.leave("mia", id)).isInstanceOf(NoSuchCohortException.class);
        assertThat(cohorts.cohorts("mia")).isEmpty();
        assertThat(cohorts.board("olga", id).activity())
                .extracting(ActivityItem::text)
                .first()
                .isEqualTo("Mia was removed");
    }

    @Test
    void instructors_remove_members_but_not_instructors_or_owners_and_members_remove_nobody() {
        long id = classroom();
        cohorts.join("max", invite("olga", id));
        long mia = memberId("olga", id, "Mia");
        long olga = memberId("olga", id, "Olga");

        assertThatThrownBy(() -> cohorts.remove("max", id, mia)).isInstanceOf(CohortPermissionException.class);
        assertThatThrownBy(() -> cohorts.remove("ivan", id, olga))
                .isInstanceOf(CohortPermissionException.class)
                .hasMessageContaining("members only");
        assertThatThrownBy(() -> cohorts.changeRole("ivan", id, mia, CohortRole.INSTRUCTOR))
                .isInstanceOf(CohortPermissionException.class);
        assertThatThrownBy(() -> cohorts.createInvite("ivan", id, InviteDraft.defaults()))
                .isInstanceOf(CohortPermissionException.class);
        cohorts.remove("ivan", id, mia);
        assertThat(cohorts.board("olga", id).members())
                .extracting(MemberStanding::displayName)
                .containsExactlyInAnyOrder("Olga", "Ivan", "Max");
    }

    @Test
    void a_member_of_one_cohort_can_neither_read_nor_change_another() {
        long classroom = classroom();
        long other = cohort("eve", "Elsewhere");
        long eve = memberId("eve", other, "Eve");
        long mia = memberId("olga", classroom, "Mia");

        List<Consumer<Long>> calls = List.of(
                id -> cohorts.board("mia", id),
                id -> cohorts.invites("olga", id),
                id -> cohorts.createInvite("olga", id, InviteDraft.defaults()),
                id -> cohorts.update("olga", id, new CohortDraft("Taken", null, BERLIN)),
                id -> cohorts.archive("olga", id),
                id -> cohorts.restore("olga", id),
                id -> cohorts.share("mia", id, true),
                id -> cohorts.leave("mia", id),
                id -> cohorts.remove("olga", id, eve),
                id -> cohorts.changeRole("olga", id, eve, CohortRole.MEMBER),
                id -> cohorts.transferOwnership("olga", id, eve));
        for (Consumer<Long> call : calls) {
            assertThatThrownBy(() -> call.accept(other))
                    .isInstanceOf(NoSuchCohortException.class)
                    .hasMessage("No such cohort: " + other);
        }
        // An id of the other cohort's member, named in one's own cohort, is no member of it either.
        assertThatThrownBy(() -> cohorts.remove("olga", classroom, eve)).isInstanceOf(CohortRuleException.class);
        assertThatThrownBy(() -> cohorts.remove("eve", other, mia)).isInstanceOf(CohortRuleException.class);
        assertThat(cohorts.board("eve", other).members())
                .extracting(MemberStanding::displayName)
                .containsExactly("Eve");
        assertThat(cohorts.board("eve", other).name()).isEqualTo("Elsewhere");
    }

    @Test
    void an_archived_cohort_is_read_but_not_changed_until_an_owner_restores_it() {
        long id = classroom();
        String code = invite("olga", id);
        cohorts.share("mia", id, true);
        cohorts.archive("olga", id);

        assertThat(cohorts.board("mia", id).archived()).isTrue();
        assertThatThrownBy(() -> cohorts.createInvite("olga", id, InviteDraft.defaults()))
                .isInstanceOf(CohortPermissionException.class)
                .hasMessageContaining("archived");
        assertThatThrownBy(() -> cohorts.join("max", code))
                .isInstanceOfSatisfying(
                        InviteRefusedException.class,
                        e -> assertThat(e.problem()).isEqualTo(InviteProblem.ARCHIVED));
        assertThatThrownBy(() -> cohorts.restore("mia", id)).isInstanceOf(CohortPermissionException.class);
        cohorts.share("mia", id, false);
        assertThatThrownBy(() -> cohorts.share("mia", id, true)).isInstanceOf(CohortPermissionException.class);

        cohorts.restore("olga", id);
        assertThat(cohorts.join("max", code)).isEqualTo(id);
    }

    @Test
    void only_members_who_share_show_their_mastery_and_streak() {
        long id = classroom();
        cohorts.join("max", invite("olga", id));
        cohorts.share("mia", id, true);
        // Mia studies seven days in a row and masters two questions of ten; Max studies as much but keeps it to
        // himself.
        for (int day = 0; day < 7; day++) {
            reviews.rate("mia", questionIds.get(day), Rating.GOOD, Duration.ofSeconds(5));
            reviews.rate("max", questionIds.get(day), Rating.GOOD, Duration.ofSeconds(5));
            clock.advance(Duration.ofDays(1));
        }
        clock.advance(Duration.ofDays(-1));
        jdbc.update("""
                UPDATE card_state SET phase = 'REVIEW', stability = 30
                WHERE question_id IN (?, ?) AND user_account_id IN (SELECT id FROM user_account WHERE username IN ('mia', 'max'))""", questionIds.get(0), questionIds.get(1));

        CohortBoard board = cohorts.board("max", id);

        MemberStanding mia = standing(board, "Mia");
        assertThat(mia.sharing()).isTrue();
        assertThat(mia.masteryPercent()).isEqualTo(20);
        assertThat(mia.streakDays()).isEqualTo(7);
        MemberStanding max = standing(board, "Max");
        assertThat(max.you()).isTrue();
        assertThat(max.masteryPercent()).isNull();
        assertThat(max.streakDays()).isNull();
        assertThat(board.activity())
                .extracting(ActivityItem::text)
                .contains("Mia reached a 7-day streak")
                .doesNotContain("Max reached a 7-day streak");

        // Read again, the milestone is not announced twice; a day later with no rating the streak still holds.
        clock.advance(Duration.ofDays(1));
        board = cohorts.board("olga", id);
        assertThat(standing(board, "Mia").streakDays()).isEqualTo(7);
        assertThat(board.activity())
                .extracting(ActivityItem::text)
                .filteredOn(text -> text.contains("streak"))
                .hasSize(1);

        // Sharing off: the figures and the progress in the feed go from everyone's board.
        cohorts.share("mia", id, false);
        board = cohorts.board("olga", id);
        assertThat(standing(board, "Mia").streakDays()).isNull();
        assertThat(board.activity()).extracting(ActivityItem::text).noneMatch(text -> text.contains("streak"));
    }

    @Test
    void a_streak_broken_by_a_whole_day_counts_from_zero() {
        long id = classroom();
        cohorts.share("mia", id, true);
        reviews.rate("mia", questionIds.get(0), Rating.GOOD, Duration.ofSeconds(5));
        clock.advance(Duration.ofDays(2));

        assertThat(standing(cohorts.board("olga", id), "Mia").streakDays()).isZero();
    }

    @Test
    void other_features_record_progress_in_the_feed_for_members_only() {
        long id = classroom();
        long miaId = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'mia'", Long.class);
        long eveId = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'eve'", Long.class);

        transaction.executeWithoutResult(
                status -> activity.record(id, miaId, ActivityKind.ASSIGNMENT_FINISHED, "Week 1"));
        assertThat(cohorts.board("olga", id).activity())
                .extracting(ActivityItem::text)
                .doesNotContain("Mia finished Week 1");
        cohorts.share("mia", id, true);
        assertThat(cohorts.board("olga", id).activity())
                .extracting(ActivityItem::text)
                .contains("Mia finished Week 1");

        assertThatThrownBy(() -> transaction.executeWithoutResult(
                        status -> activity.record(id, eveId, ActivityKind.ASSIGNMENT_FINISHED, "Week 1")))
                .isInstanceOf(NoSuchCohortException.class);
    }

    @Test
    void a_deleted_account_hands_its_cohort_to_the_longest_teaching_member() {
        long id = classroom();
        accounts.deleteOwnAccount("olga", "olga", "a long password");

        assertThat(cohorts.board("ivan", id).yourRole()).isEqualTo(CohortRole.OWNER);
        assertThat(cohorts.board("ivan", id).members())
                .extracting(MemberStanding::displayName)
                .containsExactlyInAnyOrder("Ivan", "Mia");
    }

    private static MemberStanding standing(CohortBoard board, String name) {
        return board.members().stream()
                .filter(m -> m.displayName().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
