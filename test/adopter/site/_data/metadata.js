export default {
  title: "Harbour Notes",
  language: "en",
  description: "Small news from a small port town.",
};
