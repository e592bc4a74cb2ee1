// A React 19 app using the generated wrappers (recovery-kit/react): props for attributes,
// onRk* props for events. Plain createElement so the demo needs no JSX build step.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { RkCrisisHelp, RkSobrietyCounter, RkMilestoneCard } from '../src/integrations/react.js';

function App() {
  const [since, setSince] = useState<string | null>(null);
  const [contacts, setContacts] = useState(0);
  return h(
    'div',
    { className: 'grid' },
    h(
      'section',
      null,
      h('h1', null, 'Your progress (React)'),
      h(RkSobrietyCounter, {
        editable: true,
        onRkChange: (e: CustomEvent<{ since: string | null }>) => setSince(e.detail.since),
      }),
      since ? h(RkMilestoneCard, { since, scheme: 'na' }) : h('p', null, 'Enter a date to see your milestone card.'),
    ),
    h(
      'aside',
      null,
      h(RkCrisisHelp, { onRkContact: () => setContacts((n) => n + 1) }),
      h('p', null, `Links used on this page: ${contacts} (counted by React from onRkContact; nothing is sent anywhere).`),
    ),
  );
}

createRoot(document.getElementById('root')!).render(h(App));
