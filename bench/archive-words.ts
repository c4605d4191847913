// Word banks for the synthetic archive: invented people, places and phrases in the register of local news.

/** Reporters, with the roles shown in bylines. */
export const AUTHORS = [
  { name: "Maya Okafor", role: "Public safety reporter" },
  { name: "Tom Lindqvist", role: "Technology editor" },
  { name: "Daniel Reyes", role: "Border correspondent" },
  { name: "Priya Raman", role: "Courts reporter" },
  { name: "Elena Voss", role: "Health reporter" },
  { name: "Samuel Achebe", role: "City hall reporter" },
  { name: "Hannah Kowalski", role: "Data editor" },
  { name: "Luis Ferreira", role: "Transportation reporter" },
] as const;

/** Topic display names. */
export const TOPICS = [
  "Public safety",
  "Cybersecurity",
  "Courts",
  "Health",
  "Transportation",
  "City hall",
  "Schools",
  "Housing",
  "Environment",
  "Business",
  "Elections",
  "Technology",
] as const;

/** Series names; a few articles belong to one. */
export const SERIES = ["Fentanyl on the border", "The housing squeeze", "Rebuilding Route 9"] as const;

/** People quoted in articles, with roles for pull-quote attributions. */
export const SOURCES = [
  { by: "Carla Mendes", role: "Harm-reduction program director" },
  { by: "Jonah Patel", role: "Former federal prosecutor" },
  { by: "Marisol Ortega", role: "Port director" },
  { by: "Ruth Abernathy", role: "County commissioner" },
  { by: "Kwame Mensah", role: "School board chair" },
  { by: "Ingrid Solberg", role: "Hospital spokeswoman" },
] as const;

export const SUBJECTS = [
  "The county commission",
  "State investigators",
  "The hospital's board",
  "City officials",
  "A federal judge",
  "The transit authority",
  "Residents of the east side",
  "The school district",
  "Prosecutors",
  "The health department",
  "Local business owners",
  "The water utility",
] as const;

export const VERBS = [
  "approved",
  "questioned",
  "delayed",
  "announced",
  "rejected",
  "reviewed",
  "expanded",
  "defended",
  "postponed",
  "outlined",
] as const;

export const OBJECTS = [
  "a plan to replace aging bus shelters",
  "the budget for the coming fiscal year",
  "new rules for short-term rentals",
  "a contract for emergency dispatch software",
  "the proposal to close two branch libraries",
  "an audit of overtime spending",
  "a settlement with former employees",
  "changes to the zoning map near the river",
  "a grant for naloxone vending machines",
  "the timeline for repairing the bridge",
] as const;

export const CLAUSES = [
  "after a meeting that ran past midnight",
  "citing figures released last month",
  "despite objections from several residents",
  "according to records obtained by the newsroom",
  "in a vote that split along familiar lines",
  "two weeks before the deadline",
  "without a public hearing",
  "following a review that took most of the year",
] as const;

export const HEADINGS = [
  "What happens next",
  "How the money is spent",
  "A long dispute",
  "What residents said",
  "The numbers behind the decision",
  "Questions about oversight",
  "Looking back",
  "Who pays",
] as const;

export const TITLE_PREFIXES = [
  "Council weighs",
  "Judge halts",
  "County expands",
  "Officials defend",
  "Residents push back on",
  "State audits",
  "Transit board revisits",
  "Hospital delays",
] as const;

export const TITLE_THINGS = [
  "bus shelter plan",
  "overtime spending",
  "rental rules",
  "dispatch contract",
  "library closures",
  "river zoning map",
  "naloxone program",
  "bridge repairs",
  "school start times",
  "water rate increase",
] as const;

/** Written figures the stat parser reads, each with a label. */
export const FIGURES = [
  { figure: "288", label: "people arrested in 18 months" },
  { figure: "1,200", label: "calls answered each week" },
  { figure: "850 kg", label: "of drugs seized" },
  { figure: "$53.4 million", label: "in the proposed budget" },
  { figure: "64%", label: "of riders surveyed" },
  { figure: "117", label: "firearms recovered" },
  { figure: "3.2x", label: "the national average" },
] as const;
