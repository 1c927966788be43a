/** Colleagues' names, extra City topics and extra City web domains, one a line; saved when a box is left. */
import { lines, parseDomains } from './edit';
import { Card, type SectionProps } from './App';

type ListKey = 'colleagues' | 'extraTopics' | 'extraDomains';

const LISTS: { key: ListKey; label: string; hint: string }[] = [
  { key: 'colleagues', label: "Colleagues' names", hint: 'One name a line, as people write them (any case). Posts naming them are flagged by the colleague check.' },
  { key: 'extraTopics', label: 'More City topics', hint: 'One word or phrase a line: programs, places or projects that make a post about City business.' },
  { key: 'extraDomains', label: 'More City web sites', hint: 'One domain a line, such as toronto.ca. Links to them count as the City\'s own.' },
];

export function Organisation({ settings, save, fail, error }: SectionProps) {
  const changed = (key: ListKey, text: string) => {
    let list = lines(text);
    if (key === 'extraDomains') {
      const { domains, bad } = parseDomains(text);
      if (bad.length) return fail(`Not saved: ${bad.map((b) => `"${b}"`).join(', ')} ${bad.length === 1 ? 'is not a web domain' : 'are not web domains'} (such as toronto.ca).`);
      list = domains;
    }
    void save((s) => void (s[key] = list));
  };
  return (
    <Card id="organisation" title="Your organisation" error={error}>
      {LISTS.map(({ key, label, hint }) => (
        <div class="field" key={key}>
          <label for={`list-${key}`}>{label}</label>
          <p class="hint" id={`list-${key}-hint`}>{hint}</p>
          <textarea
            id={`list-${key}`}
            key={settings[key].join('\n')}
            rows={4}
            spellcheck={false}
            aria-describedby={`list-${key}-hint`}
            data-testid={`options-${key}`}
            defaultValue={settings[key].join('\n')}
            onChange={(e) => changed(key, (e.currentTarget as HTMLTextAreaElement).value)}
          />
        </div>
      ))}
    </Card>
  );
}
