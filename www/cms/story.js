// The demo's story: written for the demo, with one total that does not add
// up (the launched drones), one that does (the injured), and other figures.
export const HEADLINE = 'Overnight attack: most drones stopped, but the count leaves a gap';
export const PARAGRAPHS = [
  'Russia launched 145 drones at Ukraine overnight, the air force said on Tuesday. Air defences shot down 71 of them and 71 were lost in flight, most likely to jamming. One drone flew into Belarusian airspace.',
  'In the Kharkiv region, 12 people were injured: 8 in the city and 4 in villages to the east.',
  'The attack was one of the largest since the spring, a military spokesman said, and the power company said about 40,000 homes were without electricity by morning.',
];
