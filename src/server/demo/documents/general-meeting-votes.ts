import { seededRandom } from '../people.ts';
import { formatShares, type Member } from './condominium-view.ts';

/**
 * Attendance and votes of the demo's general meetings, counted by the rules of the loi du 10 juillet 1965
 * (domain rules §1) so that every "adoptée" or "rejetée" printed in the minutes follows from the tantièmes
 * printed next to it. Who attends and how they vote comes from a seeded generator: the same minutes on every
 * load. This is demo bookkeeping, not the product's majority engine, which the general-meetings issue owns.
 */

export type Majority = 'art24' | 'art25' | 'art26';
export type Vote = 'pour' | 'contre' | 'abstention';
export type Mode = 'present' | 'represented' | 'postal' | 'absent';

export interface Attendee {
  member: Member;
  mode: Mode;
  /** For a represented member: who held the proxy. */
  proxyHolder?: Member;
}

/** How the story of the demo needs a vote to end: at once, after the passerelle's second vote, or rejected. */
export type Expected = 'adopted' | 'second_vote' | 'rejected';

export interface ResolutionPlan {
  title: string;
  text: string;
  majority: Majority;
  /** Chance that a participant votes for, against; the rest abstain. */
  yes: number;
  no: number;
  /** Default 'adopted'. */
  expected?: Expected;
}

export interface Tally {
  yes: Member[];
  no: Member[];
  abstain: Member[];
  yesShares: number;
  noShares: number;
  abstainShares: number;
}

export interface Outcome {
  adopted: boolean;
  kind: Expected | 'second_vote_rejected';
  /** "Adoptée à la majorité de l'article 24", "… après un second vote (article 25-1)", "Rejetée". */
  statement: string;
  /** What the threshold was, in words and tantièmes. */
  threshold: string;
}

const sumShares = (members: readonly Member[]) => members.reduce((sum, member) => sum + member.shares, 0);

/** Who came, who sent a proxy or a postal vote; `fixed` pins the council and the demo co-owner. */
export function drawAttendance(members: readonly Member[], seed: number, fixed: ReadonlyMap<string, Mode>): Attendee[] {
  const random = seededRandom(seed);
  const attendees: Attendee[] = members.map((member) => {
    const pinned = fixed.get(member.personId);
    const draw = random();
    // About 60 % of the syndicate takes part, as in most residential buildings.
    const mode: Mode = pinned ?? (draw < 0.3 ? 'present' : draw < 0.47 ? 'represented' : draw < 0.55 ? 'postal' : 'absent');
    return { member, mode };
  });
  // Proxies go to members present in person, at most three each (art. 22 I), the council first.
  const holders = attendees.filter((attendee) => attendee.mode === 'present');
  const held = new Map<string, number>();
  let next = 0;
  for (const attendee of attendees.filter((candidate) => candidate.mode === 'represented')) {
    const holder = holders
      .slice(next)
      .concat(holders.slice(0, next))
      .find((candidate) => (held.get(candidate.member.personId) ?? 0) < 3);
    if (!holder) {
      attendee.mode = 'absent';
      continue;
    }
    held.set(holder.member.personId, (held.get(holder.member.personId) ?? 0) + 1);
    attendee.proxyHolder = holder.member;
    next = (holders.indexOf(holder) + 1) % holders.length;
  }
  return attendees;
}

export function participantsOf(attendees: readonly Attendee[]): Member[] {
  return attendees.filter((attendee) => attendee.mode !== 'absent').map((attendee) => attendee.member);
}

export function tally(participants: readonly Member[], plan: ResolutionPlan, seed: number): Tally {
  const random = seededRandom(seed);
  const yes: Member[] = [];
  const no: Member[] = [];
  const abstain: Member[] = [];
  for (const member of participants) {
    const draw = random();
    (draw < plan.yes ? yes : draw < plan.yes + plan.no ? no : abstain).push(member);
  }
  return { yes, no, abstain, yesShares: sumShares(yes), noShares: sumShares(no), abstainShares: sumShares(abstain) };
}

/**
 * The result by the majority required (domain rules §1), with the passerelles applied as the law makes them
 * automatic: art. 25 failing with a third of the votes is voted again at art. 24 (25-1); art. 26 failing with
 * half the participating members and a third of the votes is voted again at art. 25 (26-1).
 */
export function decide(majority: Majority, votes: Tally, totalShares: number, allMembers: number, participants: number): Outcome {
  const { yesShares: y, noShares: n } = votes;
  const art24 = y > n;
  const art25 = 2 * y > totalShares;
  const half = Math.floor(totalShares / 2);
  if (majority === 'art24') {
    return {
      adopted: art24,
      kind: art24 ? 'adopted' : 'rejected',
      statement: art24 ? "Résolution adoptée à la majorité de l'article 24" : "Résolution rejetée à la majorité de l'article 24",
      threshold: 'majorité des voix exprimées des copropriétaires présents, représentés ou ayant voté par correspondance',
    };
  }
  if (majority === 'art25') {
    const threshold = `majorité des voix de tous les copropriétaires, soit plus de ${formatShares(half)} / ${formatShares(totalShares)} tantièmes`;
    if (art25)
      return { adopted: true, kind: 'adopted', statement: "Résolution adoptée à la majorité de l'article 25", threshold };
    if (3 * y >= totalShares) {
      return {
        adopted: art24,
        kind: art24 ? 'second_vote' : 'second_vote_rejected',
        statement: art24
          ? "La majorité de l'article 25 n'étant pas atteinte mais le projet ayant recueilli au moins le tiers des voix du syndicat, il est procédé immédiatement à un second vote (article 25-1) : résolution adoptée à la majorité de l'article 24"
          : "Majorité de l'article 25 non atteinte ; au second vote immédiat de l'article 25-1, résolution rejetée",
        threshold,
      };
    }
    return {
      adopted: false,
      kind: 'rejected',
      statement: "Résolution rejetée : la majorité de l'article 25 n'est pas atteinte",
      threshold,
    };
  }
  const yesMembers = votes.yes.length;
  const threshold = `majorité des membres du syndicat (${allMembers}) représentant au moins les deux tiers des voix (${formatShares(Math.ceil((2 * totalShares) / 3))} tantièmes)`;
  if (2 * yesMembers > allMembers && 3 * y >= 2 * totalShares) {
    return { adopted: true, kind: 'adopted', statement: "Résolution adoptée à la double majorité de l'article 26", threshold };
  }
  if (2 * yesMembers >= participants && 3 * y >= totalShares) {
    return {
      adopted: art25,
      kind: art25 ? 'second_vote' : 'second_vote_rejected',
      statement: art25
        ? "La double majorité de l'article 26 n'étant pas atteinte, il est procédé à un second vote immédiat (article 26-1) : résolution adoptée à la majorité de l'article 25"
        : "Double majorité de l'article 26 non atteinte ; au second vote immédiat de l'article 26-1, la majorité de l'article 25 n'est pas atteinte : résolution rejetée",
      threshold,
    };
  }
  return {
    adopted: false,
    kind: 'rejected',
    statement: "Résolution rejetée : la double majorité de l'article 26 n'est pas atteinte",
    threshold,
  };
}

/**
 * The votes of a resolution, drawn until they end the way the demo's story needs (the minutes, the works
 * notice and the maintenance log must agree on what was decided). The first matching draw from a fixed seed:
 * the same votes on every load.
 */
export function voteOn(
  plan: ResolutionPlan,
  meeting: { participants: readonly Member[]; total: number; members: number; seed: number },
): { votes: Tally; outcome: Outcome } {
  const expected = plan.expected ?? 'adopted';
  let result: { votes: Tally; outcome: Outcome } | undefined;
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const votes = tally(meeting.participants, plan, meeting.seed * 1_000 + attempt);
    const outcome = decide(plan.majority, votes, meeting.total, meeting.members, meeting.participants.length);
    result = { votes, outcome };
    if (outcome.kind === expected) return result;
  }
  throw new Error(`Demo votes never give "${expected}" for "${plan.title}": adjust its chances`);
}

export const majorityLabel: Record<Majority, string> = {
  art24: 'Article 24',
  art25: 'Article 25',
  art26: 'Article 26',
};
