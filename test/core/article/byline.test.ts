import test from 'ava';
import {copyrightHolder, parseByline} from '../../../source/core/article/byline.js';

test('bylines name agencies and outlets or people', t => {
	t.deepEqual(parseByline('By ANI | Updated: October 26, 2025 10:00 IST'), {name: 'ANI', organisation: true});
	t.deepEqual(parseByline('By Al Mayadeen English'), {name: 'Al Mayadeen English', organisation: true});
	t.deepEqual(parseByline('By Troy L. Smith, Cleveland.com'), {name: 'Troy L. Smith', organisation: false});
	t.deepEqual(parseByline('by Chris Pokorny@DawgsByNature Nov 18, 2019, 11:47am EST'), {name: 'Chris Pokorny', organisation: false});
	t.deepEqual(parseByline('By', 'Sarah E. Needleman'), {name: 'Sarah E. Needleman', organisation: false});
});

test('other lines are not bylines', t => {
	t.is(parseByline('Source: Agencies'), null);
	t.is(parseByline('By the end of the week the talks had stalled again and both sides went home.'), null);
	t.is(parseByline('Bystanders said the ferry left late.'), null);
});

test('the holder of a copyright notice with a year; a photo credit is not one', t => {
	t.is(copyrightHolder('© 2019 The New York Times Company'), 'The New York Times Company');
	t.is(copyrightHolder('Copyright © 2024 Meridian Daily. All rights reserved.'), 'Meridian Daily');
	t.is(copyrightHolder('© Reuters / David Mercado'), null);
});
