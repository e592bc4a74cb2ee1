// The React wrappers from `recovery-kit/react` (src/integrations/react.ts): props and onRkX events typed.
import { RkCrisisHelp, RkProvider } from '../../src/integrations/react.js';

export function App() {
  return (
    <RkProvider locale="es">
      <RkCrisisHelp region="US" headingLevel={2} onRkContact={(event) => console.log(event.detail.service)} />
      {/* @ts-expect-error region is 'US' | 'CA' */}
      <RkCrisisHelp region="FR" />
      {/* @ts-expect-error onRkContact receives the typed event */}
      <RkCrisisHelp onRkContact={(event: CustomEvent<number>) => event.detail.toFixed()} />
    </RkProvider>
  );
}
