/**
 * Administrators' own logo images for the city-logo check: chosen per City, kept as data: URLs
 * in settings within MAX_CUSTOM_LOGOS / MAX_LOGO_DATA_URL, each decoded once before it is kept.
 */
import { useRef, useState } from 'preact/hooks';
import { profiles } from '../../rules/profiles';
import { MAX_CUSTOM_LOGOS, MAX_LOGO_DATA_URL, type CustomLogo } from '../../utils/settings';
import { Card, employerIds, type SectionProps } from './App';
import { logoProblem } from './edit';

const ACCEPT = 'image/png,image/jpeg,image/gif,image/webp,image/bmp';

const readDataUrl = (file: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/** The browser's own decoder: what the background's matcher will use on the same bytes. */
async function decodeWithBrowser(file: Blob): Promise<void> {
  const bitmap = await createImageBitmap(file);
  bitmap.close();
}

/** Base64 length of a file of `size` bytes with its data: prefix, known before reading it. */
const dataUrlLength = (file: File) => `data:${file.type};base64,`.length + Math.ceil(file.size / 3) * 4;

export function Logos({ settings, save, fail, error, decodeImage = decodeWithBrowser }: SectionProps & { decodeImage?: (file: Blob) => Promise<void> }) {
  // The employer's City until another is picked.
  const [picked, setPicked] = useState<string | null>(null);
  const city = picked ?? settings.profileId;
  const [busy, setBusy] = useState(false);
  const select = useRef<HTMLSelectElement>(null);

  const add = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    if (!files.length) return;
    setBusy(true);
    const profileId = select.current?.value || city; // what is shown, even before a re-render
    const problems: string[] = [];
    const added: CustomLogo[] = [];
    for (const file of files) {
      const count = settings.customLogos.length + added.length;
      let problem = logoProblem(file, dataUrlLength(file), count);
      let dataUrl = '';
      if (!problem) {
        try {
          dataUrl = await readDataUrl(file);
          await decodeImage(file);
          problem = logoProblem(file, dataUrl.length, count);
        } catch {
          problem = `"${file.name}" could not be read as an image. Use a PNG, JPEG, GIF or WebP file.`;
        }
      }
      if (!problem && [...settings.customLogos, ...added].some((l) => l.profileId === profileId && l.dataUrl === dataUrl)) {
        problem = `"${file.name}" is already in the list for ${profiles[profileId].name}.`;
      }
      if (problem) problems.push(problem);
      else added.push({ profileId, dataUrl, name: file.name });
    }
    input.value = '';
    if (added.length) await save((s) => void s.customLogos.push(...added));
    if (problems.length) fail(problems.join(' '));
    setBusy(false);
  };

  const full = settings.customLogos.length >= MAX_CUSTOM_LOGOS;
  return (
    <Card id="logos" title="Logos" error={error}>
      <p class="hint" id="logos-hint">
        Postcheck looks for the City's logo in images attached to personal posts. Add your City's own logo files if they differ from the
        built-in ones: PNG, JPEG, GIF or WebP, up to about {Math.floor(((MAX_LOGO_DATA_URL * 3) / 4 / 1024 / 1024) * 10) / 10} MB each,{' '}
        {MAX_CUSTOM_LOGOS} at most. They stay on this computer.
      </p>
      <div class="add">
        <label for="logo-city">Logos of</label>
        <select id="logo-city" ref={select} value={city} data-testid="options-logo-city" onChange={(e) => setPicked((e.currentTarget as HTMLSelectElement).value)}>
          {employerIds.map((id) => (
            <option key={id} value={id}>
              {profiles[id].name}
            </option>
          ))}
        </select>
        <label for="logo-files">Add logo images</label>
        <input
          id="logo-files"
          type="file"
          accept={ACCEPT}
          multiple
          disabled={busy}
          aria-describedby={`logos-hint${full ? ' logos-count' : ''}`}
          data-testid="options-logo-files"
          onChange={(e) => void add(e.currentTarget as HTMLInputElement)}
        />
      </div>
      <p class="hint" id="logos-count" data-testid="options-logo-count">
        {settings.customLogos.length} of {MAX_CUSTOM_LOGOS} logos{full ? ': remove one to add another.' : '.'}
      </p>
      {settings.customLogos.length > 0 && (
        <ul class="logos" data-testid="options-logos">
          {settings.customLogos.map((logo, i) => {
            const name = logo.name ?? `Logo ${i + 1}`;
            return (
              <li key={`${logo.profileId}:${i}:${logo.dataUrl.length}`}>
                <img src={logo.dataUrl} alt="" width={64} height={64} />
                <span class="grow">
                  <span class="name">{name}</span>
                  <span class="hint">{profiles[logo.profileId]?.name ?? logo.profileId}</span>
                </span>
                <button type="button" aria-label={`Remove logo ${name}`} onClick={() => void save((s) => void (s.customLogos = s.customLogos.filter((l) => !(l.profileId === logo.profileId && l.dataUrl === logo.dataUrl))))}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
