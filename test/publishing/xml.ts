// Parses feeds and sitemaps with fast-xml-parser after checking they are well-formed XML.
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** Parses `text` as XML: throws with the validator's message when it is not well-formed. */
export function parseXml(text: string): any {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    // Lists stay lists even with one member, so tests can index them.
    isArray: (name) => ["entry", "url", "author", "category", "link"].includes(name),
    processEntities: true,
    htmlEntities: false,
    parseTagValue: false,
    trimValues: false,
  });
  return parser.parse(text);
}
