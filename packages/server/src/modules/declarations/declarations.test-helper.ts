/** Helpers of the declarations tests: synthetic packages for given people and multipart uploads. */
import type { PersonDeclaration } from '@antikor/engines/spravki-bk';
import {
  createRng,
  encodePackage,
  generateFamily,
  type PackageEncoding,
  renderPackageXml,
  type SyntheticPerson,
} from '@antikor/engines/spravki-bk-synthetic';

/** A family's forms for a reporting year (incomes and property drawn from the seed), for given people. */
export function familyForms(people: SyntheticPerson[], year: number, seed = 1, anomalyRate = 0): PersonDeclaration[] {
  const fam = generateFamily(createRng(seed), { id: 'test', firstYear: year, lastYear: year, people, anomalyRate });
  return fam.years[0].persons;
}

export function packageBytes(persons: PersonDeclaration[], encoding: PackageEncoding = 'xsb'): Buffer {
  return encodePackage(renderPackageXml(persons), encoding);
}

/** A multipart body with several files in the field `files`. */
export function multipart(files: { name: string; data: Buffer }[]): {
  headers: Record<string, string>;
  payload: Buffer;
} {
  const boundary = '----antikor-test-boundary';
  const parts: Buffer[] = [];
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
    );
    parts.push(f.data, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: Buffer.concat(parts) };
}
