import { Flex, Spin } from 'antd';

/** A centred spinner for the moments before the first screen is known. */
export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ height: '100%', minHeight: 240 }}>
      <Spin size="large" />
    </Flex>
  );
}
