import type { Urgency } from '@spine-advisor/engine';
import { useText } from '../text/i18n.js';

/** The urgency in colour, icon and words (never colour alone). */
export function UrgencyBanner({ urgency, headline }: { urgency: Urgency; headline: string }) {
  const u = useText().urgency[urgency];
  return (
    <div className={`urgency urgency-${urgency}`} role="status">
      <p className="urgency-label">
        <span className="urgency-icon" aria-hidden="true">
          {u.icon}
        </span>{' '}
        {u.label}
      </p>
      <p className="urgency-headline">{headline}</p>
    </div>
  );
}
