import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  classifyLine,
  classifyParagraph,
  copyrightHolder,
  isCaption,
  splitLeadingByline,
  splitTrailingContribution,
} from '../../src/pipeline/article/boilerplate.ts';
import { findOutletByDomain, findOutletByName } from '../../src/pipeline/article/outlet-lookup.ts';
import { KNOWN_OUTLETS } from '../../src/pipeline/article/outlets.ts';

function reasonOf(line: string): string | null {
  return classifyParagraph(line)?.reason ?? null;
}

describe('classifyLine: each kind of boilerplate', () => {
  const cases: Array<[string, string]> = [
    ['Support The Moscow Times!', 'promotion'],
    ['Subscribe to our daily newsletter', 'promotion'],
    ['Sign up for our newsletter', 'promotion'],
    ['Support independent journalism', 'promotion'],
    ['Follow us on Telegram', 'promotion'],
    ['Related article: Russian Military Starts Belarus Drills', 'related'],
    ['Read more: Talks collapse in Geneva', 'related'],
    ['See also', 'related'],
    ['READ ALSO | Kremlin responds', 'related'],
    ['Image: AP', 'credit'],
    ['Photo: Reuters', 'credit'],
    ['(AP Photo/Evan Vucci)', 'credit'],
    ['Getty Images', 'credit'],
    ['Photo by Jane Doe', 'credit'],
    ['Mikhail Metzel / TASS', 'credit'],
    ['© The Asia Business Daily(www.asiae.co.kr). All rights reserved.', 'copyright'],
    ['Copyright 2022 The Associated Press. All rights reserved.', 'copyright'],
    ['AFP contributed reporting.', 'contributor'],
    ['Associated Press writer Jane Doe in Kyiv contributed to this report.', 'contributor'],
    ['Reporting by Jane Doe in Moscow; Editing by John Smith', 'contributor'],
    ['(Reporting by Jane Doe; Editing by Bob Roe)', 'contributor'],
    ['https://tass.ru/politika/13420491', 'link'],
    ['<https://example.com/a?b=c>', 'link'],
    ['By Jane Doe', 'byline'],
    ['By Jane Doe and John Roe, Associated Press', 'byline'],
    ['[Asia Economy Reporter Hyunwoo Lee]', 'byline'],
    ['Advertisement', 'boilerplate'],
    ['Story continues below advertisement', 'boilerplate'],
    ["const player = require('embed-player');", 'code'],
    ['var _gaq = _gaq || [];', 'code'],
    ['function loadAds() {', 'code'],
    ["import { embed } from './video.js';", 'code'],
    ["googletag.cmd.push(function() { googletag.display('ad-1'); });", 'code'],
    ['if (window.innerWidth < 600) {', 'code'],
    ['<iframe src="https://example.org/embed/1" width="560"></iframe>', 'code'],
    ['});', 'code'],
    ['.article-body p { margin: 0 }', 'code'],
    ['<?php echo $title; ?>', 'code'],
  ];
  for (const [line, reason] of cases) {
    it(`"${line}" → ${reason}`, () => assert.equal(classifyLine(line)?.reason, reason));
  }

  it('captures the link', () => {
    assert.equal(classifyLine('https://tass.ru/politika/13420491')?.link, 'https://tass.ru/politika/13420491');
  });

  it('names the publisher from outlet boilerplate and copyright, the outlet hint from a byline', () => {
    assert.equal(classifyLine('Support The Moscow Times!')?.publisher, 'The Moscow Times');
    assert.equal(classifyLine('© The Asia Business Daily(www.asiae.co.kr). All rights reserved.')?.publisher, 'The Asia Business Daily');
    assert.equal(classifyLine('Copyright 2022 The Associated Press. All rights reserved.')?.publisher, 'Associated Press');
    assert.equal(classifyLine('© 2022 Some Local Gazette')?.publisher, 'Some Local Gazette');
    const byline = classifyLine('By Jane Doe, Associated Press');
    assert.equal(byline?.byline, 'Jane Doe, Associated Press');
    assert.equal(byline?.outletHint, 'Associated Press');
    assert.equal(byline?.publisher, undefined);
  });

  it('leaves body sentences alone, even when they start like boilerplate', () => {
    for (const line of [
      'Support for the sanctions has grown in Europe, officials said.',
      'Subscribers to the service were told on Tuesday.',
      'By contrast, the Kremlin said nothing.',
      'By Invading Ukraine, Russia Would Risk Sanctions',
      'Reporting by the BBC revealed that the plan had changed.',
      'We can confirm the crew received a visit from their families,” the harbour official was quoted as saying.',
      'Putin and Macron have a conversation',
      'The photo was taken in Moscow on Tuesday.',
      'Russia’s Embassy in Washington issued a statement.',
      'Let the talks go on, the minister said.',
      'If the West refuses, Moscow will respond (the ministry said) with measures of its own.',
      'Import duties on grain rose by 5% in January.',
      'Return to diplomacy is the only way, he said; the envoy agreed.',
      'For the Kremlin, the answer is clear.',
      'Function and form matter less than trust, Lavrov told reporters.',
      'Class divisions in Ukraine were not discussed.',
    ]) {
      assert.equal(classifyParagraph(line), null, line);
    }
  });
});

describe('captions', () => {
  it('recognises a description followed by a picture credit', () => {
    assert.equal(isCaption('Marrovian Foreign Minister Oskar Brandvik. Marrovian Foreign Ministry (Public Domain)'), true);
    assert.equal(isCaption('Vladimir Putin. Kremlin.ru'), true);
    assert.equal(isCaption('Russian troops in Belarus. Russian Defense Ministry Press Service'), true);
    assert.equal(reasonOf('Sergei Lavrov. Mikhail Metzel / TASS'), 'caption');
  });

  it('does not take headlines, subheadings or prose for captions', () => {
    assert.equal(isCaption('Kaldera Sends Written Reply to Marrovia Over Seized Ship – Washington Post'), false);
    assert.equal(isCaption("US and NATO rejected Russia's demand"), false);
    assert.equal(isCaption('The Kremlin said it would respond. Sputnik reported'), false);
    assert.equal(isCaption('Lavrov met Blinken in Geneva (Reuters reported).'), false);
  });
});

describe('byline and contribution inside paragraphs', () => {
  it('splits a bracketed byline off the first paragraph', () => {
    assert.deepEqual(splitLeadingByline('[Asia Economy Reporter Hyunwoo Lee] The United States announced.'), {
      removed: '[Asia Economy Reporter Hyunwoo Lee]',
      byline: 'Asia Economy Reporter Hyunwoo Lee',
      rest: 'The United States announced.',
    });
  });

  it('keeps an editorial insertion in brackets', () => {
    assert.equal(splitLeadingByline('“[It] is Washington, not Moscow that generates tensions,” it said.'), null);
    assert.equal(splitLeadingByline('[It] is Washington, not Moscow.'), null);
  });

  it('splits a trailing wire contribution', () => {
    assert.deepEqual(splitTrailingContribution('He said talks would go on. (Reporting by Jane Doe; Editing by Bob Roe)'), {
      removed: '(Reporting by Jane Doe; Editing by Bob Roe)',
      rest: 'He said talks would go on.',
    });
    assert.equal(splitTrailingContribution('He said talks (which began in May) would go on.'), null);
  });

  it('extracts a copyright holder', () => {
    assert.equal(copyrightHolder('© Europa Press 2022'), 'Europa Press');
    assert.equal(copyrightHolder('Copyright © 2022 Reuters. All rights reserved.'), 'Reuters');
    assert.equal(copyrightHolder('All rights reserved.'), null);
  });
});

describe('known outlets data', () => {
  it('has unique names and unambiguous aliases and domains', () => {
    const seen = new Map<string, string>();
    for (const outlet of KNOWN_OUTLETS) {
      for (const key of [outlet.name, ...outlet.aliases, ...outlet.domains].map((k) => k.toLowerCase())) {
        assert.ok(!seen.has(key) || seen.get(key) === outlet.name, `"${key}" used by ${seen.get(key)} and ${outlet.name}`);
        seen.set(key, outlet.name);
      }
      for (const pattern of outlet.boilerplate) {
        assert.ok(pattern instanceof RegExp);
        assert.ok(pattern.source.startsWith('^') && pattern.source.endsWith('$'), `${outlet.name}: ${pattern} must match a whole line`);
      }
    }
  });

  it('finds outlets by alias (short capitals exactly) and by domain', () => {
    assert.equal(findOutletByName('EP')?.name, 'Europa Press');
    assert.equal(findOutletByName('ep'), null);
    assert.equal(findOutletByName('washington post')?.name, 'The Washington Post');
    assert.equal(findOutletByName('El Pais')?.name, 'El País');
    assert.equal(findOutletByDomain('https://www.themoscowtimes.com/2022/02/01/a')?.name, 'The Moscow Times');
    assert.equal(findOutletByDomain('cm.asiae.co.kr')?.name, 'The Asia Business Daily');
    assert.equal(findOutletByDomain('notasiae.co.kr'), null);
  });
});
