import { formatTimestamp } from '../../../shared/format/danishDate';
import { aboutText as t } from '../../../shared/text/about';
import { ErrorBanner } from '../../components/ErrorBanner';
import { call } from '../../lib/api';
import { useQuery } from '../../lib/hooks';

/**
 * „Om Tovholder“ (Hjælp → Om Tovholder, and the link at the foot of the menu): the facts IT asks for – version,
 * build date, data folder, database format, encryption, the IT policy file – and the licences of what the app ships.
 */
export function AboutScreen() {
  const about = useQuery(() => call('app.about', {}), []);
  const a = about.data;
  if (!a) return about.error ? <ErrorBanner error={about.error} /> : null;
  const facts: [string, string, boolean?][] = [
    [t.facts.version, a.version],
    [t.facts.buildDate, a.builtAt ? formatTimestamp(a.builtAt) : t.unknownBuildDate],
    [t.facts.dataFolder, a.dataFolder, true],
    [t.facts.dataFile, a.dataFile, true],
    [t.facts.schemaVersion, t.facts.schemaValue(a.schemaVersion)],
    [t.facts.encryption, a.encryption],
    [t.facts.keyProtection, t.protection[a.keyProtection]],
    [t.facts.licence, a.licence ?? '–'],
    [t.facts.policy, a.policy.message],
  ];
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t.title}</h1>
          <p className="sub">{t.intro}</p>
        </div>
      </div>
      <section className="card" aria-labelledby="om-fakta">
        <h2 id="om-fakta">{t.facts.label}</h2>
        <dl className="about-facts" data-testid="om-fakta">
          {facts.map(([label, value, path]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{path ? <code>{value}</code> : value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="card" aria-labelledby="om-netvaerk">
        <h2 id="om-netvaerk">{t.network.label}</h2>
        <p>{t.network.text}</p>
      </section>
      <section className="card" aria-labelledby="om-licenser">
        <h2 id="om-licenser">{t.thirdParty.label}</h2>
        {a.thirdParty ? (
          <>
            <p>{t.thirdParty.intro(a.thirdParty.length)}</p>
            <ul className="about-licences">
              {a.thirdParty.map((p) => (
                <li key={`${p.name}@${p.version}`}>
                  <details>
                    <summary title={t.thirdParty.showText(p.name)}>
                      <strong>{p.name}</strong> {p.version} – {p.licence}
                    </summary>
                    {p.text ? (
                      // A scrolled region must be reachable by keyboard (WCAG 2.1.1).
                      <pre tabIndex={0} aria-label={t.thirdParty.textLabel(p.name)}>
                        {p.text}
                      </pre>
                    ) : <p>{t.thirdParty.noText}</p>}
                  </details>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t.thirdParty.missing}</p>
        )}
      </section>
    </>
  );
}
