// A local gateway for the benchmark: POST /token and GET /catalog/1.0/services answering a
// pre-serialized page of 100 service entries (Vietnamese text), keep-alive. Started by
// client-vs-axios.mjs as a child process; reports its port over IPC; GET /stats gives counters.
import { createServer } from 'node:http';

const NAMES = ['Tra cứu thông tin doanh nghiệp', 'Đăng ký hộ kinh doanh', 'Cấp phép xây dựng', 'Đất đai'];
const items = Array.from({ length: 100 }, (_, i) => ({
  id: `svc-${String(i).padStart(4, '0')}`,
  etag: `"${i}-8f14e45f"`,
  registeredAt: '2026-03-02T08:00:00+07:00',
  updatedAt: '2026-03-02T08:00:00+07:00',
  service: {
    id: `svc-${String(i).padStart(4, '0')}`,
    name: { vi: `${NAMES[i % NAMES.length]} (${i})`, en: 'Service' },
    provider: { id: 'H12.01', name: 'Sở Kế hoạch và Đầu tư tỉnh Phú Yên' },
    sharingForm: 'default',
    summary: { vi: 'Dịch vụ chia sẻ dữ liệu theo Nghị định 47/2020/NĐ-CP, phục vụ tra cứu và đồng bộ.' },
    status: 'published',
  },
}));
const page = Buffer.from(JSON.stringify({ items, nextCursor: null }));
let tokens = 0;
let pages = 0;

const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/token') {
    tokens += 1;
    req.resume();
    req.on('end', () => {
      // A little latency, as a real token endpoint has, so that concurrent callers overlap.
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ access_token: `bench-token-${tokens}`, token_type: 'Bearer', expires_in: 3600 }),
        );
      }, 20);
    });
    return;
  }
  if (req.url === '/stats') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ tokens, pages }));
    return;
  }
  if (req.url === '/reset') {
    tokens = 0;
    pages = 0;
    res.writeHead(204);
    res.end();
    return;
  }
  pages += 1;
  res.writeHead(200, {
    'content-type': 'application/json',
    'content-length': page.length,
    'x-request-id': 'bench',
  });
  res.end(page);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port, bytes: page.length }));
process.on('disconnect', () => server.close(() => process.exit(0)));
