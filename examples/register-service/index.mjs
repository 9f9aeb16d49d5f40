// Register a data-sharing service description on an LGSP/NGSP gateway (Decree 47/2020 Art. 24-25) and read
// it back. Runs against the Chiase mock gateway on 127.0.0.1; point CHIASE_GATEWAY_URL, CHIASE_CONSUMER_KEY
// and CHIASE_CONSUMER_SECRET at a real gateway and drop startMockGateway() to do the same for real.
import { createGatewayClient } from '@chiase/client';
import { sampleServiceDescription, startMockGateway } from '@chiase/mock-gateway';
import { legalDeadline, parseArtefact } from '@chiase/schema';

const gateway = await startMockGateway({ port: 0 });
try {
  const client = createGatewayClient({
    gatewayUrl: gateway.url,
    consumerKey: 'test-consumer',
    consumerSecret: 'test-secret',
    logLevel: 'off',
  });

  // Validate locally first: every problem comes with its JSON path, in Vietnamese and English.
  const description = parseArtefact('service-description', sampleServiceDescription('H12.01.DKDN.TRACUU'));

  // Register (PUT creates), then update with If-Match so a concurrent change is never overwritten.
  const created = await client.services.put(description);
  const updated = await client.services.put(
    { ...description, summary: { vi: 'Tra cứu doanh nghiệp theo mã số thuế.' } },
    { ifMatch: created.etag },
  );

  // Art. 25.1: a registered service is published within one working day.
  const due = legalDeadline('service-publication', new Date(created.registeredAt));
  console.log(`registered ${updated.id} (etag ${updated.etag}); publication due by ${due.dueDate}`);

  for await (const entry of client.services.list()) console.log(`- ${entry.id}: ${entry.service.name.vi}`);
} finally {
  await gateway.close();
}
