package dev.studyportal.core.cohort;

import dev.studyportal.core.access.OwnData;
import dev.studyportal.core.account.CohortCreationPolicy;
import dev.studyportal.core.account.Learners;
import dev.studyportal.core.account.UserAccount;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cohorts as their members see and run them: making one, invitations, joining and leaving, roles, sharing,
 * and the board. Each call acts for the person it names ({@link OwnData}) and asks {@link CohortAccess}
 * before it reads or changes anything of a cohort, against the database every time: a member removed on
 * one node is refused on the next call on any node. Someone outside a cohort learns nothing of it, not even
 * that it exists ({@link NoSuchCohortException}).
 * <p>
 * Who may do what, beyond {@link CohortAccess}: owners manage the cohort (its details, invitations,
 * roles, archiving, transfer); instructors may remove members, but not other instructors or owners; any
 * member may share, stop sharing and leave, except the last owner, who transfers ownership first.
 */
@Service
@Transactional
@OwnData
public class CohortService {

    /** What joining a cohort means for one's privacy, said before anyone joins. */
    public static final String PROGRESS_VISIBILITY = "The cohort's owner and instructors see your progress on the "
            + "cohort's assignments. Other members see your mastery, streak and activity only if you turn sharing on.";

    /** The streak lengths the feed announces. */
    static final List<Integer> MILESTONES = List.of(7, 30, 100);
    /** How many lines of the feed the board shows. */
    static final int FEED_LENGTH = 30;

    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final CohortInviteRepository invites;
    private final ActivityEntryRepository feed;
    private final CohortAccess access;
    private final CohortActivity activity;
    private final SharedFigures figures;
    private final CohortCreationPolicy creation;
    private final Learners accounts;
    private final Clock clock;

    CohortService(
            CohortRepository cohorts,
            CohortMemberRepository members,
            CohortInviteRepository invites,
            ActivityEntryRepository feed,
            CohortAccess access,
            CohortActivity activity,
            SharedFigures figures,
            CohortCreationPolicy creation,
            Learners accounts,
            Clock clock) {
        this.cohorts = cohorts;
        this.members = members;
        this.invites = invites;
        this.feed = feed;
        this.access = access;
        this.activity = activity;
        this.figures = figures;
        this.creation = creation;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Every cohort the person is in, archived ones too, with their role and the number of members. */
    @Transactional(readOnly = true)
    public List<CohortSummary> cohorts(String username) {
        List<CohortMember> mine = access.memberships(accounts.requireByUsername(username));
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row :
                members.countByCohort(mine.stream().map(m -> m.getCohort().id()).toList())) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return mine.stream()
                .map(m -> {
                    Cohort cohort = m.getCohort();
                    return new CohortSummary(
                            cohort.id(),
                            cohort.getName(),
                            cohort.getDescription(),
                            m.getRole(),
                            counts.getOrDefault(cohort.id(), 0L),
                            cohort.isArchived(),
                            m.isSharing());
                })
                .toList();
    }

    /** Whether the person may make a cohort under the administrator's current setting. */
    @Transactional(readOnly = true)
    public boolean mayCreate(String username) {
        return creation.current().allows(accounts.requireByUsername(username));
    }

    /**
     * Makes a cohort with the person as its owner.
     *
     * @return the new cohort's id
     * @throws CohortPermissionException when the administrator lets only instructors make cohorts
     * @throws InvalidCohortException    with a message per field; nothing is saved then
     */
    public long create(String username, CohortDraft draft) {
        UserAccount person = accounts.requireByUsername(username);
        if (!creation.current().allows(person)) {
            throw new CohortPermissionException("Only instructors can make cohorts on this portal. "
                    + "Ask an administrator for the instructor role, or join a cohort with an invitation.");
        }
        Accepted accepted = check(draft);
        Instant now = clock.instant();
        Cohort cohort = cohorts.save(new Cohort(accepted.name(), draft.description(), accepted.zone(), now));
        members.save(new CohortMember(cohort, person, CohortRole.OWNER, now));
        activity.recordMembership(cohort.id(), person.id(), ActivityKind.JOINED);
        return cohort.id();
    }

    /** @throws InvalidCohortException with a message per field; nothing is changed then */
    public void update(String username, long cohortId, CohortDraft draft) {
        CohortMember owner = access.owner(cohortId, accounts.requireByUsername(username));
        Accepted accepted = check(draft);
        owner.getCohort().describe(accepted.name(), draft.description(), accepted.zone());
    }

    /** Keeps the cohort, read-only: nobody joins, changes roles or shares anew until an owner restores it. */
    public void archive(String username, long cohortId) {
        access.owner(cohortId, accounts.requireByUsername(username)).getCohort().archive();
    }

    public void restore(String username, long cohortId) {
        CohortMember member = access.member(cohortId, accounts.requireByUsername(username));
        if (!member.getRole().owns()) {
            throw new CohortPermissionException("Only the cohort's owners can do this.");
        }
        member.getCohort().restore();
    }

    /**
     * The cohort's page: every member, the figures of those who share, the latest of the feed. Streak
     * milestones reached since the board was last read are added to the feed here, where streaks are
     * computed: no event marks a learner's first rating of a day, and the review loop is not this feature's.
     */
    public CohortBoard board(String username, long cohortId) {
        UserAccount person = accounts.requireByUsername(username);
        CohortMember me = access.member(cohortId, person);
        Cohort cohort = me.getCohort();
        List<CohortMember> everyone = members.findAllInCohort(cohortId);
        List<CohortMember> sharing =
                everyone.stream().filter(CohortMember::isSharing).toList();
        Map<Long, Integer> mastery =
                figures.mastery(sharing.stream().map(m -> m.getPerson().id()).toList());
        Map<Long, ZoneId> zones = new LinkedHashMap<>();
        sharing.forEach(m -> zones.put(
                m.getPerson().id(), m.getPerson().getStudyPreferences().timeZone()));
        Map<Long, SharedFigures.Run> streaks = figures.streaks(zones, clock.instant());
        if (!cohort.isArchived()) {
            streaks.forEach((id, run) -> announceMilestones(
                    cohortId, id, run, Objects.requireNonNull(zones.get(id), "the zone the streak was counted in")));
        }
        List<MemberStanding> standings = everyone.stream()
                .map(m -> {
                    long id = m.getPerson().id();
                    boolean shares = m.isSharing();
                    return new MemberStanding(
                            m.id(),
                            m.getPerson().getDisplayName(),
                            m.getRole(),
                            m.getJoinedAt(),
                            shares,
                            id == person.id(),
                            shares ? mastery.get(id) : null,
                            shares ? streakDays(streaks.get(id)) : null);
                })
                .toList();
        List<ActivityItem> latest = feed.findFeed(
                cohortId,
                List.of(ActivityKind.values()).stream()
                        .filter(ActivityKind::isProgress)
                        .toList(),
                Pageable.ofSize(FEED_LENGTH));
        return new CohortBoard(
                cohort.id(),
                cohort.getName(),
                cohort.getDescription(),
                cohort.getTimeZone(),
                cohort.isArchived(),
                me.getRole(),
                me.isSharing(),
                standings,
                latest);
    }

    private void announceMilestones(long cohortId, long personId, SharedFigures.Run run, ZoneId zone) {
        for (int milestone : MILESTONES) {
            if (run.days() >= milestone) {
                activity.recordMilestone(
                        cohortId,
                        personId,
                        milestone,
                        run.start().atStartOfDay(zone).toInstant(),
                        run.start().plusDays(milestone - 1).atStartOfDay(zone).toInstant());
            }
        }
    }

    /**
     * Turns sharing with this cohort on or off. Off is always possible, also in an archived cohort: a
     * member can always take back what they show.
     */
    public void share(String username, long cohortId, boolean on) {
        UserAccount person = accounts.requireByUsername(username);
        CohortMember member = on ? access.writableMember(cohortId, person) : access.member(cohortId, person);
        member.share(on);
    }

    // Invitations

    /** The cohort's invitations, newest first, with their uses. */
    @Transactional(readOnly = true)
    public List<InviteSummary> invites(String username, long cohortId) {
        CohortMember member = access.member(cohortId, accounts.requireByUsername(username));
        if (!member.getRole().owns()) {
            throw new CohortPermissionException("Only the cohort's owners can see its invitations.");
        }
        Instant now = clock.instant();
        return invites.findAllOfCohort(cohortId).stream()
                .map(invite -> invite.summary(now))
                .toList();
    }

    /**
     * Makes an invitation, by default valid for 7 days and with no limit of uses.
     *
     * @return the invitation with its code, shown now and never again
     * @throws InvalidCohortException with a message per field (validDays, maxUses); nothing is saved then
     */
    public NewInvite createInvite(String username, long cohortId, InviteDraft draft) {
        UserAccount person = accounts.requireByUsername(username);
        CohortMember owner = access.owner(cohortId, person);
        int days = check(draft);
        Instant now = clock.instant();
        String code = InviteCodes.newCode();
        String normalized = InviteCodes.normalized(code).orElseThrow();
        Instant expires = now.plus(Duration.ofDays(days));
        CohortInvite invite = invites.save(new CohortInvite(
                owner.getCohort(),
                InviteCodes.hash(normalized),
                InviteCodes.hint(normalized),
                person,
                now,
                expires,
                draft.maxUses()));
        return new NewInvite(invite.id(), code, expires, draft.maxUses());
    }

    /** Stops the invitation from letting anyone else in; those who joined with it stay. */
    public void revokeInvite(String username, long cohortId, long inviteId) {
        access.owner(cohortId, accounts.requireByUsername(username));
        invites.findInCohort(cohortId, inviteId)
                .orElseThrow(() -> new CohortRuleException("That invitation is not this cohort's; reload the page."))
                .revoke(clock.instant());
    }

    /**
     * Where a code leads, before the person joins: the cohort's name and what joining means for their privacy.
     *
     * @throws InviteRefusedException saying why the code lets them nowhere (already a member included)
     */
    @Transactional(readOnly = true)
    public InvitePreview invitation(String username, String code) {
        UserAccount person = accounts.requireByUsername(username);
        CohortInvite invite = find(code, false);
        check(invite, person);
        Cohort cohort = invite.getCohort();
        return new InvitePreview(
                cohort.getName(), cohort.getDescription(), members.countInCohort(cohort.id()), PROGRESS_VISIBILITY);
    }

    /**
     * Joins the cohort the code invites to, as a member who does not share yet.
     *
     * @return the cohort's id
     * @throws InviteRefusedException saying why the code lets them nowhere; nothing is saved then
     */
    public long join(String username, String code) {
        // The invitation's row is locked before anything is read, so that what follows is read as committed now.
        CohortInvite invite = find(code, true);
        UserAccount person = accounts.requireByUsername(username);
        check(invite, person);
        Cohort cohort = invite.getCohort();
        invite.use(clock.instant());
        members.save(new CohortMember(cohort, person, CohortRole.MEMBER, clock.instant()));
        activity.recordMembership(cohort.id(), person.id(), ActivityKind.JOINED);
        return cohort.id();
    }

    private CohortInvite find(@Nullable String code, boolean lock) {
        String normalized = code == null ? null : InviteCodes.normalized(code).orElse(null);
        if (normalized == null) {
            throw new InviteRefusedException(InviteProblem.MALFORMED);
        }
        String hash = InviteCodes.hash(normalized);
        return (lock ? invites.lockByCodeHash(hash) : invites.findByCodeHash(hash))
                .orElseThrow(() -> new InviteRefusedException(InviteProblem.UNKNOWN));
    }

    private void check(CohortInvite invite, UserAccount person) {
        long cohortId = invite.getCohort().id();
        if (members.findMembership(cohortId, person.id()).isPresent()) {
            throw new InviteRefusedException(InviteProblem.ALREADY_MEMBER, cohortId);
        }
        InviteProblem problem = invite.problemAt(clock.instant());
        if (problem != null) {
            throw new InviteRefusedException(problem);
        }
        if (invite.getCohort().isArchived()) {
            throw new InviteRefusedException(InviteProblem.ARCHIVED);
        }
    }

    // Membership and roles. Each change locks the cohort's row before it reads anything: on MariaDB a
    // transaction reads from a snapshot taken at its first plain read, so reading first and locking after
    // would judge by what another owner's change, committed meanwhile, has already made untrue.

    /**
     * Leaves the cohort; what the person shared goes with them from the board.
     *
     * @throws CohortRuleException when they are its last owner: they transfer ownership first
     */
    public void leave(String username, long cohortId) {
        cohorts.lockById(cohortId);
        UserAccount person = accounts.requireByUsername(username);
        CohortMember member = access.member(cohortId, person);
        if (member.getRole().owns() && members.lockOwners(cohortId).size() <= 1) {
            throw new CohortRuleException("You are this cohort's only owner. Transfer ownership to another member "
                    + "before you leave, or archive the cohort.");
        }
        members.delete(member);
        activity.recordMembership(cohortId, person.id(), ActivityKind.LEFT);
    }

    /**
     * Removes a member. Owners may remove anyone but themselves (they leave instead); instructors may remove
     * members only, not other instructors or owners.
     */
    public void remove(String username, long cohortId, long memberId) {
        cohorts.lockById(cohortId);
        UserAccount person = accounts.requireByUsername(username);
        CohortMember me = access.teacher(cohortId, person);
        CohortMember target = other(cohortId, memberId, me, "To leave the cohort yourself, use Leave.");
        if (!me.getRole().owns() && target.getRole() != CohortRole.MEMBER) {
            throw new CohortPermissionException(
                    "Instructors can remove members only; ask an owner to remove " + "an instructor or owner.");
        }
        members.delete(target);
        activity.recordMembership(cohortId, target.getPerson().id(), ActivityKind.REMOVED);
    }

    /**
     * Gives a member another role: promote a member to instructor or owner, or demote. An owner may demote
     * themselves while another owner remains.
     *
     * @throws CohortRuleException when the change would leave the cohort without an owner
     */
    public void changeRole(String username, long cohortId, long memberId, CohortRole role) {
        cohorts.lockById(cohortId);
        UserAccount person = accounts.requireByUsername(username);
        access.owner(cohortId, person);
        CohortMember target = members.findInCohort(cohortId, memberId).orElseThrow(CohortService::gone);
        if (target.getRole().owns()
                && !role.owns()
                && members.lockOwners(cohortId).size() <= 1) {
            throw new CohortRuleException(
                    "A cohort needs an owner. Make someone else an owner first, or transfer " + "ownership.");
        }
        target.changeRole(role);
    }

    /** Makes another member the owner, and the caller an instructor, in one step. */
    public void transferOwnership(String username, long cohortId, long memberId) {
        cohorts.lockById(cohortId);
        UserAccount person = accounts.requireByUsername(username);
        CohortMember me = access.owner(cohortId, person);
        CohortMember target = other(cohortId, memberId, me, "Choose another member to hand the cohort to.");
        target.changeRole(CohortRole.OWNER);
        me.changeRole(CohortRole.INSTRUCTOR);
    }

    private CohortMember other(long cohortId, long memberId, CohortMember me, String notYourself) {
        CohortMember target = members.findInCohort(cohortId, memberId).orElseThrow(CohortService::gone);
        if (target.id() == me.id()) {
            throw new CohortRuleException(notYourself);
        }
        return target;
    }

    private static CohortRuleException gone() {
        return new CohortRuleException("That person is no longer in this cohort; reload the page.");
    }

    // Checks

    /** SharedFigures counts a run, of 0 days at least, for every sharing member it is asked about. */
    private static int streakDays(SharedFigures.@Nullable Run run) {
        return run == null ? 0 : run.days();
    }

    /** A draft's name and time zone, once the whole draft is known to be acceptable. */
    private record Accepted(String name, ZoneId zone) {}

    private static Accepted check(CohortDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            errors.put("name", "Give the cohort a name.");
        } else if (name.length() > Cohort.NAME_LENGTH) {
            errors.put(
                    "name",
                    "Keep the name to %d characters or fewer; this one has %d."
                            .formatted(Cohort.NAME_LENGTH, name.length()));
        }
        String description =
                draft.description() == null ? "" : draft.description().strip();
        if (description.length() > Cohort.DESCRIPTION_LENGTH) {
            errors.put(
                    "description",
                    "Keep the description to %d characters or fewer; this one has %d."
                            .formatted(Cohort.DESCRIPTION_LENGTH, description.length()));
        }
        if (draft.timeZone() == null) {
            errors.put("timeZone", "Choose the time zone due dates are read in.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidCohortException(errors);
        }
        return new Accepted(name, Objects.requireNonNull(draft.timeZone()));
    }

    private static int check(InviteDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer days = draft.validDays() == null ? InviteDraft.DEFAULT_DAYS : draft.validDays();
        if (days < 1 || days > InviteDraft.MAX_DAYS) {
            errors.put(
                    "validDays",
                    "Choose from 1 to %d days; long-lived invitations leak.".formatted(InviteDraft.MAX_DAYS));
        }
        Integer uses = draft.maxUses();
        if (uses != null && (uses < 1 || uses > InviteDraft.MAX_USES)) {
            errors.put(
                    "maxUses",
                    "Choose from 1 to %d uses, or leave it empty for no limit.".formatted(InviteDraft.MAX_USES));
        }
        if (!errors.isEmpty()) {
            throw new InvalidCohortException(errors);
        }
        return days;
    }
}
