import { expect } from '@open-wc/testing';
describe('runner', () => { it('serves real HTTP fixtures', async () => { const r = await fetch('/__rk/status/404'); expect(r.status).to.equal(404); }); });
