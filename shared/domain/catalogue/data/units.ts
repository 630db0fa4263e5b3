// The MOST units and fields (lĩnh vực) of the shipped catalogue. Addresses and unit codes are
// illustrative; the portal's catalogue replaces them.
import type { Field, Unit } from '../catalogue-schema';
import { MOST } from './steps';

export const units: Unit[] = [
  { code: 'CSHTT', name: 'Cục Sở hữu trí tuệ', parentName: MOST, address: '384-386 Nguyễn Trãi, Thanh Xuân, Hà Nội', phone: '024 3858 3069', documentSymbol: 'SHTT' },
  { code: 'CATBXHN', name: 'Cục An toàn bức xạ và hạt nhân', parentName: MOST, address: '113 Trần Duy Hưng, Cầu Giấy, Hà Nội', documentSymbol: 'ATBXHN' },
  { code: 'CUDCN', name: 'Cục Ứng dụng và Phát triển công nghệ', parentName: MOST, address: '113 Trần Duy Hưng, Cầu Giấy, Hà Nội', documentSymbol: 'UDCN' },
  { code: 'CPTTDN', name: 'Cục Phát triển thị trường và doanh nghiệp khoa học và công nghệ', parentName: MOST, address: '113 Trần Duy Hưng, Cầu Giấy, Hà Nội', documentSymbol: 'PTTTDN' },
  { code: 'VPB', name: 'Văn phòng Bộ', parentName: MOST, address: '113 Trần Duy Hưng, Cầu Giấy, Hà Nội', documentSymbol: 'VP' },
  { code: 'VDTGD', name: 'Vụ Đánh giá, Thẩm định và Giám định công nghệ', parentName: MOST, address: '113 Trần Duy Hưng, Cầu Giấy, Hà Nội', documentSymbol: 'ĐTG' },
];

export const fields: Field[] = [
  { code: 'SHTT', name: 'Sở hữu trí tuệ' },
  { code: 'NLNT', name: 'Năng lượng nguyên tử, an toàn bức xạ và hạt nhân' },
  { code: 'CGCN', name: 'Chuyển giao công nghệ' },
  { code: 'HDKHCN', name: 'Hoạt động khoa học và công nghệ' },
  { code: 'PTTTDN', name: 'Phát triển thị trường và doanh nghiệp khoa học và công nghệ' },
];
