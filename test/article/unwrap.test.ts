import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixArtefacts, normaliseLine, normaliseNewlines } from '../../src/pipeline/article/clean-text.ts';
import { profileWrapping, toRuns, unwrap, type SourceLine } from '../../src/pipeline/article/unwrap.ts';

/** Lines as the parser hands them over: blank → null, text → normalised SourceLine. */
function items(text: string): Array<SourceLine | null> {
  return text.split('\n').map((line, index) => {
    const clean = normaliseLine(line);
    return clean === '' ? null : { text: clean, index };
  });
}

function paragraphs(text: string): string[] {
  return unwrap(items(text)).map((p) => p.text);
}

const WRAPPED = `Marrovia is still awaiting Kaldera's answer to its demand for the release of the survey
ship and its crew of eleven, Marrovia's top diplomat said Tuesday as tensions between
Tessenburg and Vyrna over the Halvard Strait continue to mount.

Foreign Minister Oskar Brandvik said after a round of telephone calls last week that the Coastal
League and the Concord of Nations promised to press Kaldera for an answer to his proposals. Tessenburg
said last month it sought a binding agreement on the strait.`;

describe('unwrap', () => {
  it('rejoins lines wrapped at a fixed width', () => {
    const result = paragraphs(WRAPPED);
    assert.equal(result.length, 2);
    assert.equal(
      result[0],
      "Marrovia is still awaiting Kaldera's answer to its demand for the release of the survey ship and its crew of eleven, Marrovia's top diplomat said Tuesday as tensions between Tessenburg and Vyrna over the Halvard Strait continue to mount.",
    );
    assert.ok(result[1]?.includes('proposals. Tessenburg said last month'));
  });

  it('records which source lines a paragraph came from', () => {
    assert.deepEqual(
      unwrap(items(WRAPPED)).map((p) => p.lines),
      [
        [0, 1, 2],
        [4, 5, 6],
      ],
    );
  });

  it('detects wrapping from line statistics, and not for one-line paragraphs', () => {
    assert.equal(profileWrapping(toRuns(items(WRAPPED))).wrapped, true);
    const oneLine = 'A first paragraph that ends properly.\nA second one, which also ends.\nA third.';
    assert.equal(profileWrapping(toRuns(items(oneLine))).wrapped, false);
  });

  it('keeps one-line paragraphs separated by single newlines apart', () => {
    const text = [
      '"Kaldera Is Ready for Any Answer"',
      '"Asking Why the Offer Was Refused... Weighing Further Steps"',
      'Kaldera announced that it has delivered a written reply to Marrovia regarding the release of the survey ship seized by its coast guard in the Halvard Strait.',
      'On the 26th (local time), the Secretary of State stated at a press conference that the response had been delivered.',
    ].join('\n');
    assert.equal(paragraphs(text).length, 4);
  });

  it('does not join a heading-like line into the wrapped paragraph after it', () => {
    const text = `Talks Stall as Deadline Nears
The foreign ministers of both countries met in Geneva on Friday for talks that
lasted about ninety minutes, after which neither side announced any progress on
the main issues.
What comes next
Officials said a further round of negotiations could take place next week, but
no date has been set and the agenda remains unclear to most of the diplomats.`;
    assert.deepEqual(
      paragraphs(text).map((p) => p.slice(0, 20)),
      ['Talks Stall as Deadl', 'The foreign minister', 'What comes next', 'Officials said a fur'],
    );
  });

  it('keeps a short sentence-final line apart from the next in wrapped text', () => {
    const text = `The minister spoke to reporters in the capital on Tuesday and said the talks had
ended without any agreement on the main questions that divide the two sides.
He left.
Reporters were then asked to leave the building by security staff, who said the
press conference was over and that no further statements would be made.`;
    const result = paragraphs(text);
    assert.equal(result.length, 3);
    assert.equal(result[1], 'He left.');
  });

  it('joins a continuation that starts in lower case even in unwrapped text', () => {
    assert.deepEqual(paragraphs('The president said that\nthe talks would go on.'), ['The president said that the talks would go on.']);
  });

  it('joins a word hyphenated at the wrap without a space', () => {
    const text = `The ministry said the talks were constructive and that the secu-
rity guarantees demanded by Moscow would be studied by the allies over the
coming days, a spokesman for the ministry told reporters in the capital.`;
    assert.ok(paragraphs(text)[0]?.includes('the secu-rity guarantees'));
  });
});

describe('clean-text', () => {
  it('normalises non-breaking and other spaces, invisible characters and runs of spaces', () => {
    assert.equal(normaliseLine('  Moscow’s\u00A0sweeping\u202Fdemands\t\u200Bnow   here  '), 'Moscow’s sweeping demands now here');
  });

  it('normalises CRLF and CR line ends and a BOM', () => {
    assert.equal(normaliseNewlines('\uFEFFa\r\nb\rc\n'), 'a\nb\nc\n');
  });

  it('fixes a stray period after a finished sentence, but not an ellipsis', () => {
    assert.equal(fixArtefacts('on Tuesday. .'), 'on Tuesday.');
    assert.equal(fixArtefacts('on Tuesday. . Then more.'), 'on Tuesday. Then more.');
    assert.equal(fixArtefacts('on Tuesday..'), 'on Tuesday.');
    assert.equal(fixArtefacts('the Proposal... Considering'), 'the Proposal... Considering');
    assert.equal(fixArtefacts('a “quote.” .'), 'a “quote.”');
  });

  it('keeps a spaced ellipsis as the writer spaced it, after a word or after a full stop', () => {
    assert.equal(fixArtefacts('the ferry . . . will run'), 'the ferry . . . will run');
    assert.equal(fixArtefacts('Absolutely. . . . The ferry will run.'), 'Absolutely. . . . The ferry will run.');
    assert.equal(fixArtefacts('on Tuesday. . .'), 'on Tuesday. . .');
  });

  it('removes a space before a comma or period', () => {
    assert.equal(fixArtefacts('the spokesman said , adding .'), 'the spokesman said, adding.');
  });

  it('leaves markup and MDX-special characters alone', () => {
    const text = "import x from 'y' {a} <script>alert(1)</script> ${b} `c`";
    assert.equal(fixArtefacts(normaliseLine(text)), text);
  });
});

describe('unwrap: a live blog’s time stamps', () => {
  it('keeps "14:10" on its own, apart from the entry it stamps, even in hard-wrapped copy', () => {
    const text = [
      '14:10',
      'A Kazakh ministry official tells us the talks in the regional akimat are',
      'running "well past lunch" and that the atmosphere between the delegations',
      'is "businesslike", with both sides still at the table and no break planned.',
      '12:35',
      'Turkestan region akim Nurlan Ospanov said on his Telegram channel that water',
      'rationing would continue in four districts, including Shardara and Zhetysai.',
    ].join('\n');
    assert.deepEqual(paragraphs(text), [
      '14:10',
      'A Kazakh ministry official tells us the talks in the regional akimat are running "well past lunch" and that the atmosphere between the delegations is "businesslike", with both sides still at the table and no break planned.',
      '12:35',
      'Turkestan region akim Nurlan Ospanov said on his Telegram channel that water rationing would continue in four districts, including Shardara and Zhetysai.',
    ]);
  });
});
