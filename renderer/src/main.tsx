import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<h1>Xử lý hồ sơ ngoại tuyến</h1>);
