import type { FocalPoint } from '../../artefacts/focal-point';
import { type FormDocument, fillForm } from './form-document';
import { MAU_01_FOCAL_POINT_FORM } from './mau-01-focal-point-form';

/** "Đơn vị": the official's unit within the agency, or the agency itself. */
function unitLine(focalPoint: FocalPoint): string {
  const { unit } = focalPoint.person;
  const agency = focalPoint.agency.name;
  if (unit === undefined) return agency;
  return unit.toLocaleLowerCase('vi').includes(agency.toLocaleLowerCase('vi')) ? unit : `${unit}, ${agency}`;
}

/**
 * Fills Mẫu số 1 with the focal point an agency names (Decree 47/2020 Art. 7.1): name, position,
 * unit, qualification, telephone and e-mail. A missing qualification stays blank for the agency to
 * complete by hand.
 */
export function mau01FromFocalPoint(focalPoint: FocalPoint): FormDocument {
  const { person } = focalPoint;
  return fillForm(MAU_01_FOCAL_POINT_FORM, {
    fields: {
      fullName: person.fullName,
      position: person.position,
      unit: unitLine(focalPoint),
      qualification: person.qualification ?? '',
      phone: person.phone,
      email: person.email,
    },
  });
}
