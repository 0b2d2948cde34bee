import { useText } from '../text/i18n.js';

/** When to go to an emergency department, shown on the start page and with every result. */
export function EmergencyBox() {
  const text = useText();
  return (
    <aside className="emergency-box" aria-labelledby="emergency-box-title">
      <h2 id="emergency-box-title">
        <span aria-hidden="true">⚠ </span>
        {text.emergencyBox.title}
      </h2>
      <ul>
        {text.emergencyBox.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </aside>
  );
}
