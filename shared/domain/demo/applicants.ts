// Demo applicants: people with valid 12-digit citizen IDs and mobile numbers, organisations with
// valid tax codes, chosen to fit the procedure (hospitals ask for X-ray licences, firms register transfers).
import type { Procedure } from '../catalogue/catalogue-schema';
import { taxCodeCheckDigit, type Applicant } from '../dossiers/applicant';
import { foldVietnamese } from '../text/fold';
import type { SeededRandom } from './random';
import {
  companyForms,
  companyStems,
  emailDomains,
  familyNames,
  givenNames,
  hospitals,
  institutes,
  middleNames,
  provinces,
  streets,
  universities,
  wards,
} from './vietnamese-names';

const MOBILE_PREFIXES = ['032', '033', '034', '035', '036', '037', '038', '039', '070', '076', '077', '078', '079', '081', '082', '083', '084', '085', '086', '088', '089', '090', '091', '093', '094', '096', '097', '098'];
const provinceWeights = provinces.map((p) => [p, p[2]] as const);

export type DemoPerson = { name: string; idNumber: string; phone: string; email: string; address: string; provinceName: string };

export function demoPerson(rng: SeededRandom): DemoPerson {
  const female = rng.chance(0.48);
  const family = rng.weighted(familyNames);
  const middle = rng.pick(female ? middleNames.female : middleNames.male);
  const given = rng.pick(female ? givenNames.female : givenNames.male);
  const name = `${family} ${middle} ${given}`;
  const [provinceName, provinceCode] = rng.weighted(provinceWeights);
  const birthYear = rng.int(1958, 2004);
  // 4th digit: sex and century (0/1 men/women born 1900-1999, 2/3 born 2000-2099), then the year's last two digits.
  const centuryDigit = (birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0);
  const idNumber = `${provinceCode}${centuryDigit}${String(birthYear % 100).padStart(2, '0')}${rng.digits(6)}`;
  const phone = `${rng.pick(MOBILE_PREFIXES)}${rng.digits(7)}`;
  const handle = foldVietnamese(`${given}${family}`).replace(/[^a-z]/g, '');
  const email = `${handle}${rng.int(1, 99)}@${rng.pick(emailDomains)}`;
  return { name, idNumber, phone, email, address: demoAddress(rng, provinceName), provinceName };
}

export function demoAddress(rng: SeededRandom, provinceName: string): string {
  return `Số ${rng.int(1, 299)} ${rng.pick(streets)}, phường ${rng.pick(wards)}, ${provinceName}`;
}

/** A 10-digit tax code with a correct check digit, sometimes a branch ('10-3'). */
export function demoTaxCode(rng: SeededRandom): string {
  for (;;) {
    // Enterprise codes start with the province block (01 Hà Nội, 03 TP. Hồ Chí Minh...).
    const firstNine = `${rng.pick(['01', '01', '03', '03', '02', '04', '23', '36'])}${rng.digits(7)}`;
    const check = taxCodeCheckDigit(firstNine);
    if (check === null) continue;
    return rng.chance(0.08) ? `${firstNine}${check}-${String(rng.int(1, 12)).padStart(3, '0')}` : `${firstNine}${check}`;
  }
}

/** An office landline: 0 + area code (24 Hà Nội, 28 TP. Hồ Chí Minh, 236 Đà Nẵng, 292 Cần Thơ), 11 digits in all. */
export function demoLandline(rng: SeededRandom): string {
  const area = rng.pick(['24', '24', '28', '28', '236', '292']);
  return `0${area}${rng.digits(10 - area.length)}`;
}

function organisationName(rng: SeededRandom, procedure: Procedure): string {
  if (procedure.fieldCode === 'NLNT') return `${rng.pick(hospitals)} ${rng.pick(['Hà Thành', 'Sài Gòn', 'Miền Trung', 'Tây Nguyên', 'Bắc Giang', 'Cửu Long'])}`;
  const roll = rng.next();
  if (procedure.fieldCode === 'HDKHCN' && roll < 0.45) return rng.chance(0.5) ? rng.pick(institutes) : rng.pick(universities);
  if (roll < 0.08) return rng.pick(universities);
  return `${rng.pick(companyForms)} ${rng.pick(companyStems)}`;
}

export function demoApplicant(rng: SeededRandom, procedure: Procedure): Applicant {
  const person = demoPerson(rng);
  const kind = procedure.applicantKinds.length === 1 ? procedure.applicantKinds[0]! : rng.chance(0.7) ? procedure.applicantKinds[0]! : procedure.applicantKinds[1]!;
  if (kind === 'person') {
    return { kind, name: person.name, idNumber: person.idNumber, phone: person.phone, email: rng.chance(0.8) ? person.email : '', address: person.address };
  }
  const name = organisationName(rng, procedure);
  const domain = foldVietnamese(name.split(' ').slice(-2).join('')).replace(/[^a-z]/g, '');
  return {
    kind,
    name,
    idNumber: person.idNumber,
    phone: rng.chance(0.3) ? demoLandline(rng) : person.phone,
    email: `${rng.pick(['vanphong', 'info', 'lienhe', 'hanhchinh'])}@${domain}.vn`,
    taxCode: demoTaxCode(rng),
    representative: person.name,
    address: demoAddress(rng, person.provinceName),
  };
}
