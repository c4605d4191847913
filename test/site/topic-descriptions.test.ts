// Topic descriptions (layouts/partials/topic-descriptions.ts): looked up by slug, and every mistake in the data file named with its line.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { topicDescription, topicDescriptionProblems } from "../../layouts/partials/topic-descriptions.ts";

const FILE = "content/_data/topicDescriptions.json";
const TOPICS = ["Courts", "Public safety"];
/** The problems for a data file with this text, as the topic index reads it (parsed, and the text for lines). */
const problemsOf = (source: string, topics = TOPICS) => topicDescriptionProblems(JSON.parse(source), topics, FILE, source);

const Lookup = suite("topicDescription");

Lookup("finds a topic's description by its slug, whatever the case or spacing of the key", () => {
  const descriptions = { "public  Safety": "Police, fire and emergencies.", Courts: "Trials and rulings." };
  assert.is(topicDescription(descriptions, "Public safety"), "Police, fire and emergencies.");
  assert.is(topicDescription(descriptions, "courts"), "Trials and rulings.");
});

Lookup("no file, no entry, or an entry that is not text: no description", () => {
  assert.is(topicDescription(undefined, "Courts"), undefined);
  assert.is(topicDescription(null, "Courts"), undefined);
  assert.is(topicDescription("Courts", "Courts"), undefined);
  assert.is(topicDescription({ Health: "Hospitals." }, "Courts"), undefined);
  assert.is(topicDescription({ Courts: 3 }, "Courts"), undefined);
  assert.is(topicDescription({ Courts: "   " }, "Courts"), undefined);
});

Lookup.run();

const Problems = suite("topicDescriptionProblems");

Problems("a file that describes known topics with text has no problems; no file has none either", () => {
  assert.equal(problemsOf('{\n  "Courts": "Trials and rulings.",\n  "public safety": "Police and fire."\n}\n'), []);
  assert.equal(topicDescriptionProblems(undefined, TOPICS, FILE, ""), []);
});

Problems("a list or a plain value instead of an object is an error on line 1", () => {
  assert.equal(problemsOf('[\n  "Courts"\n]\n'), [
    { file: FILE, line: 1, message: 'topic descriptions: found a list; expected an object of `"Topic name": "description"`' },
  ]);
  assert.equal(problemsOf('"Courts"\n'), [
    { file: FILE, line: 1, message: 'topic descriptions: found "Courts"; expected an object of `"Topic name": "description"`' },
  ]);
  assert.equal(problemsOf("null\n"), [{ file: FILE, line: 1, message: 'topic descriptions: found null; expected an object of `"Topic name": "description"`' }]);
});

Problems("a description that is not text, or blank, is an error at its line", () => {
  const source = '{\n  "Courts": 42,\n  "Public safety": "  "\n}\n';
  assert.equal(problemsOf(source), [
    { file: FILE, line: 2, message: "topic description of `Courts`: found 42; expected a sentence or two of text" },
    { file: FILE, line: 3, message: 'topic description of `Public safety`: found "  "; expected a sentence or two of text' },
  ]);
});

Problems("a name that is no topic is a warning at its line, listing the topics", () => {
  const source = '{\n  "Courts": "Trials.",\n  "Cort": "A typo."\n}\n';
  assert.equal(problemsOf(source), [
    { file: FILE, line: 3, severity: "warning", message: "topic description `Cort` names no topic; expected a topic's name as articles spell it (topics: `Courts`, `Public safety`)" },
  ]);
  assert.equal(problemsOf('{ "Courts": "Trials." }', []), [
    { file: FILE, line: 1, severity: "warning", message: "topic description `Courts` names no topic; expected a topic's name as articles spell it (topics: none yet)" },
  ]);
});

Problems("an entry that is both no topic and not text gets both problems", () => {
  assert.equal(problemsOf('{\n\n  "Weather": false\n}\n'), [
    { file: FILE, line: 3, message: "topic description of `Weather`: found false; expected a sentence or two of text" },
    { file: FILE, line: 3, severity: "warning", message: "topic description `Weather` names no topic; expected a topic's name as articles spell it (topics: `Courts`, `Public safety`)" },
  ]);
});

Problems.run();
