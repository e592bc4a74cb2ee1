// The plain tags in React 19 JSX, typed by `recovery-kit/jsx` (generated from the manifest).
import type {} from 'recovery-kit/jsx';
import '../../src/elements/provider/define.js';
import '../../src/elements/crisis-help/define.js';

export function CrisisPage() {
  return (
    <rk-provider locale="es" time-zone="America/Chicago" theme="auto">
      <rk-crisis-help
        region="CA"
        variant="banner"
        heading-level={3}
        className="help"
        onrk-contact={(event) => {
          // The detail is the element's own type once its define module is imported.
          const channel: string = event.detail.channel;
          console.log(channel, event.detail.href.toUpperCase());
        }}
      >
        <p>Our admissions team: <a href="tel:+15555550100">555-555-0100</a></p>
      </rk-crisis-help>
      <rk-crisis-help heading-level="4" services="988" />
    </rk-provider>
  );
}

export function Wrong() {
  return (
    <>
      {/* @ts-expect-error region is 'US' | 'CA' */}
      <rk-crisis-help region="FR" />
      {/* @ts-expect-error heading-level is a number */}
      <rk-crisis-help heading-level="three" />
      {/* @ts-expect-error no such tag */}
      <rk-crisis-halp />
      {/* @ts-expect-error the detail has no such field */}
      <rk-crisis-help onrk-contact={(event) => event.detail.phoneNumber} />
    </>
  );
}
