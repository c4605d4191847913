export const data = {
  layout: "layouts/base.njk",
  title: "Harbour Notes in numbers",
};

export function render() {
  return [
    "<h1>In numbers</h1>",
    "<p>What the harbour office counted this year.</p>",
    this.stat({ value: 0.64, style: "percent", label: "of crossings on time" }),
    this.stats("- **3** ferries\n- **2** pontoons", "The fleet"),
  ].join("\n");
}
