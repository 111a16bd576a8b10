import type { DemoArticle } from '../types.ts';

export const khorgosDryPortArticle: DemoArticle = {
  slug: 'khorgos-dry-port-where-gauges-meet',
  title: 'At Khorgos, the dry port where two railway gauges meet',
  excerpt:
    'On the steppe between Kazakhstan and China, cranes lift containers from one track width to another. The Khorgos dry port has become one of the busiest points on the overland route between Asia and Europe.',
  authorSlug: 'aigerim-sadykova',
  tagSlugs: ['transport', 'trade'],
  language: 'en',
  publishedAt: '2025-08-05T05:20:00.000Z',
  bodyMarkdown: `KHORGOS, Kazakhstan — The gantry cranes at Khorgos work in a rhythm that rarely stops. A container is lifted from a Chinese wagon, swung across a few metres of concrete and lowered onto a Kazakh one. The cargo does not change. The railway does.

China's trains run on standard-gauge track, 1,435 millimetres between the rails. Kazakhstan, like the rest of the former Soviet Union, uses a broader 1,520-millimetre gauge. Every container travelling by rail between the two countries must therefore be transferred, and the dry port at Khorgos, on the Kazakh side of the border, is one of the main places where that happens.

## A port without a sea

The term "dry port" describes an inland terminal that performs many of the functions of a seaport — transshipment, storage, customs clearance — but far from any coast. Khorgos sits almost exactly in the middle of the Eurasian landmass, and its promoters like to say that it is as far from the ocean as a port can be.

The terminal was built in the 2010s as part of a wider special economic zone, next to a cross-border trade and cooperation centre straddling the frontier. Since then it has become a regular stop for container trains travelling between Chinese cities and destinations in Central Asia, the Caspian region and Europe.

"When I started here, we could have a quiet day," a shift supervisor at the terminal said. "Now the quiet day is the day we are repairing a crane."

## How a transfer works

A typical sequence, as described by terminal staff, runs as follows:

1. A Chinese train arrives at the border and completes export formalities.
2. The train is moved onto the standard-gauge tracks inside the terminal.
3. Cranes transfer each container onto wagons waiting on the broad-gauge tracks alongside.
4. Kazakh customs checks are completed, often using electronic declarations submitted in advance.
5. The new train departs west or south towards its destination.

Staff say a well-prepared train can be turned around in a matter of hours, though delays build up when paperwork is incomplete or when many trains arrive at once.

## Pressures and bottlenecks

Growing traffic has brought growing queues. Trucking companies complain about waits at the road crossing, and rail operators say the capacity of the line beyond the border matters as much as the speed of the cranes.

- Expansion of the terminal and additional tracks have been announced to increase throughput.
- Parallel crossings, including Alashankou–Dostyk further north, share the load.
- Officials on both sides are promoting electronic pre-declaration to cut time at the border.

> "Cranes are the easy part," a logistics manager in Khorgos said. "The hard part is making sure the train on the other side is ready, the documents are right, and the customer pays on time."

## More than a terminal

Around the port, a small town has grown with warehouses, housing for workers and a logistics college. Local residents describe a place that has changed quickly, bringing jobs but also traffic, dust and rising rents.

For travellers, the crossing has also become easier since China and Kazakhstan introduced mutual visa-free travel in November 2023, a change that traders in the border area say has increased day trips and small-scale commerce.

Read more in our [transport coverage](/tag/transport).
`,
};
